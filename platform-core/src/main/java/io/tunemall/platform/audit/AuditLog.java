package io.tunemall.platform.audit;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Calendar;
import java.util.TimeZone;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit_log table. This class appends; nothing in the application updates a row, and the only delete is the
 * retention purge ({@link AuditRetention}) of rows past the legal minimum. Appends are serialised by a row lock on
 * audit_chain, the head of the hash chain, so rows from all nodes form one chain.
 */
@Component
class AuditLog {

    /** Moments are written and read as UTC, as Hibernate does here (hibernate.jdbc.time_zone), whatever the JVM's zone. */
    static final TimeZone UTC = TimeZone.getTimeZone("UTC");

    static final String COLUMNS = "seq, occurred_at, actor, actor_role, action, target_type, target_id, summary, "
            + "details, ip, request_id, prev_hash, row_hash";

    static final RowMapper<AuditRecord> ROWS = (rs, n) -> new AuditRecord(rs.getLong("seq"),
            instant(rs, "occurred_at"), rs.getString("actor"), rs.getString("actor_role"), rs.getString("action"),
            rs.getString("target_type"), rs.getString("target_id"), rs.getString("summary"), rs.getString("details"),
            rs.getString("ip"), rs.getString("request_id"), rs.getString("prev_hash"), rs.getString("row_hash"));

    private final JdbcTemplate jdbc;

    AuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Joins the caller's transaction, so the record and the change it describes commit or roll back together. */
    @Transactional(propagation = Propagation.REQUIRED)
    public AuditRecord append(Instant moment, String actor, String actorRole, String action, String targetType,
            String targetId, String summary, String details, String ip, String requestId) {
        Instant occurredAt = moment.truncatedTo(ChronoUnit.MICROS);
        Head head = jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1 FOR UPDATE",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
        long seq = head.seq() + 1;
        String hash = AuditChain.hash(head.hash(), seq, occurredAt, actor, actorRole, action, targetType, targetId,
                summary, details, ip, requestId);
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            insert.setLong(1, seq);
            insert.setTimestamp(2, Timestamp.from(occurredAt), Calendar.getInstance(UTC));
            String[] texts = {actor, actorRole, action, targetType, targetId, summary, details, ip, requestId,
                head.hash(), hash};
            for (int i = 0; i < texts.length; i++) {
                insert.setString(i + 3, texts[i]);
            }
            return insert;
        });
        jdbc.update("UPDATE audit_chain SET last_seq = ?, last_hash = ? WHERE id = 1", seq, hash);
        return new AuditRecord(seq, occurredAt, actor, actorRole, action, targetType, targetId, summary, details, ip,
                requestId, head.hash(), hash);
    }

    record Head(long seq, String hash) {
    }

    Head head() {
        return jdbc.queryForObject("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1",
                (rs, n) -> new Head(rs.getLong(1), rs.getString(2)));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column, Calendar.getInstance(UTC));
        return value == null ? null : value.toInstant();
    }

    static Object timestamp(Instant moment) {
        return new UtcTimestamp(moment);
    }

    /** A moment bound as a UTC timestamp parameter. */
    record UtcTimestamp(Instant moment) implements org.springframework.jdbc.core.SqlTypeValue {
        @Override
        public void setTypeValue(PreparedStatement ps, int index, int sqlType, String typeName) throws SQLException {
            ps.setTimestamp(index, Timestamp.from(moment), Calendar.getInstance(UTC));
        }
    }
}
