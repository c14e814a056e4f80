package io.tunemall.member.benefit.point;

import io.tunemall.member.api.PointEntryKind;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The point tables. Methods that change a member's points expect the caller to hold that member's balance lock. */
@Component
class PointStore {

    private static final String ENTRY_COLUMNS = "id, member_id, kind, amount, remaining, expires_at, order_number, "
            + "related_id, expired_won, shortfall_won, reason, staff, created_at";

    private final JdbcTemplate jdbc;

    PointStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Locks the member's balance row until the transaction ends; empty when the member never had points. */
    Optional<Long> lockBalance(long memberId) {
        return jdbc.query("SELECT balance FROM point_balance WHERE member_id = ? FOR UPDATE",
                (rs, n) -> rs.getLong(1), memberId).stream().findFirst();
    }

    /**
     * Creates the balance row if missing and locks it. The upsert takes the row's exclusive lock straight away;
     * a plain INSERT followed by SELECT ... FOR UPDATE would let two first credits deadlock on InnoDB's gap locks.
     */
    long lockOrCreateBalance(long memberId, Instant now) {
        jdbc.update("INSERT INTO point_balance (member_id, balance, updated_at) VALUES (?, 0, ?) "
                + "ON DUPLICATE KEY UPDATE member_id = member_id", memberId, Timestamp.from(now));
        return lockBalance(memberId).orElseThrow();
    }

    void setBalance(long memberId, long balance, Instant now) {
        jdbc.update("UPDATE point_balance SET balance = ?, updated_at = ? WHERE member_id = ?", balance,
                Timestamp.from(now), memberId);
    }

    long insert(NewEntry entry, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO point_entry (member_id, kind, "
                    + "amount, remaining, expires_at, open_until, order_number, once_key, related_id, gift_card_id, "
                    + "expired_won, shortfall_won, reason, staff, created_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, entry.memberId());
            statement.setString(2, entry.kind().name());
            statement.setLong(3, entry.amount());
            statement.setLong(4, entry.remaining());
            statement.setTimestamp(5, timestamp(entry.expiresAt()));
            statement.setTimestamp(6, entry.remaining() > 0 ? timestamp(entry.expiresAt()) : null);
            statement.setString(7, entry.orderNumber());
            statement.setString(8, entry.onceKey());
            setLong(statement, 9, entry.relatedId());
            setLong(statement, 10, entry.giftCardId());
            setLong(statement, 11, entry.expiredWon());
            setLong(statement, 12, entry.shortfallWon());
            statement.setString(13, entry.reason());
            statement.setString(14, entry.staff());
            statement.setTimestamp(15, Timestamp.from(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * The member's credits with points left, read with a lock: a plain read could come from a snapshot the
     * caller's transaction took before this member's balance lock was granted (REPEATABLE READ on MySQL/MariaDB).
     */
    List<LiveCredit> liveCredits(long memberId, Instant now) {
        return jdbc.query("SELECT id, remaining, expires_at FROM point_entry WHERE member_id = ? AND open_until > ? "
                + "FOR UPDATE", PointStore::liveCredit, memberId, Timestamp.from(now));
    }

    List<LiveCredit> overdueCredits(long memberId, Instant now) {
        return jdbc.query("SELECT id, remaining, expires_at FROM point_entry WHERE member_id = ? AND open_until <= ? "
                + "FOR UPDATE", PointStore::liveCredit, memberId, Timestamp.from(now));
    }

    /**
     * Lowers the credits' remainders. open_until is assigned first and from the old remainder: MySQL evaluates
     * UPDATE assignments left to right with the new values, H2 with the old ones; this order means the same in both.
     */
    void take(List<Take> takes) {
        if (takes.isEmpty()) {
            return;
        }
        int[][] counts = jdbc.batchUpdate("UPDATE point_entry SET open_until = CASE WHEN remaining > ? THEN expires_at "
                + "ELSE NULL END, remaining = remaining - ? WHERE id = ? AND remaining >= ?", takes, takes.size(),
                (statement, take) -> {
                    statement.setLong(1, take.amount());
                    statement.setLong(2, take.amount());
                    statement.setLong(3, take.creditId());
                    statement.setLong(4, take.amount());
                });
        requireEveryRow(counts, "take points from");
    }

    /** Empties overdue credits, remembering on each how much of it expired. */
    void expire(List<Take> takes) {
        int[][] counts = jdbc.batchUpdate("UPDATE point_entry SET expired_total = expired_total + ?, open_until = NULL, "
                + "remaining = 0 WHERE id = ? AND remaining = ?", takes, takes.size(), (statement, take) -> {
                    statement.setLong(1, take.amount());
                    statement.setLong(2, take.creditId());
                    statement.setLong(3, take.amount());
                });
        requireEveryRow(counts, "expire");
    }

    /** Records on an earn what a cancellation covered. */
    void countCancellation(long earnId, long covered, long waived) {
        jdbc.update("UPDATE point_entry SET cancelled_total = cancelled_total + ?, waived_total = waived_total + ? "
                + "WHERE id = ?", covered, waived, earnId);
    }

    void allocate(long debitId, List<Take> takes) {
        if (takes.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO point_allocation (debit_id, credit_id, amount, restored) VALUES (?, ?, ?, 0)",
                takes, takes.size(), (statement, take) -> {
                    statement.setLong(1, debitId);
                    statement.setLong(2, take.creditId());
                    statement.setLong(3, take.amount());
                });
    }

    /** Puts points back into credits that are still valid, which opens them again until their own expiry. */
    void giveBack(List<GiveBack> backs) {
        if (backs.isEmpty()) {
            return;
        }
        List<GiveBack> live = backs.stream().filter(back -> !back.lapsed()).toList();
        if (!live.isEmpty()) {
            jdbc.batchUpdate("UPDATE point_entry SET remaining = remaining + ?, open_until = expires_at WHERE id = ?",
                    live, live.size(), (statement, back) -> {
                        statement.setLong(1, back.amount());
                        statement.setLong(2, back.creditId());
                    });
        }
        jdbc.batchUpdate("UPDATE point_allocation SET restored = restored + ? WHERE id = ?", backs, backs.size(),
                (statement, back) -> {
                    statement.setLong(1, back.amount());
                    statement.setLong(2, back.allocationId());
                });
    }

    Optional<StoredEntry> findOnce(String onceKey) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM point_entry WHERE once_key = ?", PointStore::entry,
                onceKey).stream().findFirst();
    }

    /** What the debit took from which credits; the allocations are locked, the credits' expiry never changes. */
    List<SpentPortion> portionsOf(long debitId) {
        Map<Long, Instant> expiries = new HashMap<>();
        jdbc.query("SELECT c.id, c.expires_at FROM point_allocation a JOIN point_entry c ON c.id = a.credit_id "
                + "WHERE a.debit_id = ?", (RowCallbackHandler) rs -> expiries.put(rs.getLong(1),
                        rs.getTimestamp(2).toInstant()), debitId);
        return jdbc.query("SELECT id, credit_id, amount, restored FROM point_allocation WHERE debit_id = ? FOR UPDATE",
                (rs, n) -> new SpentPortion(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        expiries.get(rs.getLong(2))), debitId);
    }

    long restoredOf(long debitId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(restored), 0) FROM point_allocation WHERE debit_id = ?",
                Long.class, debitId);
    }

    /** An order's earn as a cancellation sees it, its row locked. */
    EarnedPoints earnedPoints(long earnId) {
        return jdbc.queryForObject("SELECT amount, remaining, expired_total, waived_total, cancelled_total "
                + "FROM point_entry WHERE id = ? FOR UPDATE", (rs, n) -> new EarnedPoints(rs.getLong(1), rs.getLong(2),
                        rs.getLong(3) - rs.getLong(4), rs.getLong(5)), earnId);
    }

    Optional<StoredEntry> entry(long id) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM point_entry WHERE id = ?", PointStore::entry, id)
                .stream().findFirst();
    }

    long available(long memberId, Instant now) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(remaining), 0) FROM point_entry "
                + "WHERE member_id = ? AND open_until > ?", Long.class, memberId, Timestamp.from(now));
    }

    long expiringBetween(long memberId, Instant now, Instant end) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(remaining), 0) FROM point_entry "
                + "WHERE member_id = ? AND open_until > ? AND open_until <= ?", Long.class, memberId,
                Timestamp.from(now), Timestamp.from(end));
    }

    List<StoredEntry> entries(long memberId, int offset, int limit) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM point_entry WHERE member_id = ? ORDER BY id DESC "
                + "LIMIT ? OFFSET ?", PointStore::entry, memberId, limit, offset);
    }

    List<StoredEntry> latest(PointEntryKind kind, int limit) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM point_entry WHERE kind = ? ORDER BY id DESC LIMIT ?",
                PointStore::entry, kind.name(), limit);
    }

    /** Members with entries past their date, after the given member id, in id order. */
    List<Long> membersWithOverdue(Instant now, long afterMemberId, int limit) {
        return jdbc.queryForList("SELECT DISTINCT member_id FROM point_entry WHERE open_until <= ? AND member_id > ? "
                + "ORDER BY member_id LIMIT ?", Long.class, Timestamp.from(now), afterMemberId, limit);
    }

    private static void requireEveryRow(int[][] counts, String what) {
        for (int[] batch : counts) {
            for (int count : batch) {
                // The member's lock makes this impossible; failing loudly beats a balance that no longer adds up.
                if (count == 0) {
                    throw new IllegalStateException("A point entry changed under the member's lock; could not "
                            + what + " it");
                }
            }
        }
    }

    private static LiveCredit liveCredit(ResultSet rs, int row) throws SQLException {
        return new LiveCredit(rs.getLong(1), rs.getLong(2), rs.getTimestamp(3).toInstant());
    }

    private static StoredEntry entry(ResultSet rs, int row) throws SQLException {
        Timestamp expires = rs.getTimestamp("expires_at");
        Number related = (Number) rs.getObject("related_id");
        return new StoredEntry(rs.getLong("id"), rs.getLong("member_id"), PointEntryKind.valueOf(rs.getString("kind")),
                rs.getLong("amount"), rs.getLong("remaining"), expires == null ? null : expires.toInstant(),
                rs.getString("order_number"), related == null ? null : related.longValue(), rs.getLong("expired_won"),
                rs.getLong("shortfall_won"), rs.getString("reason"), rs.getString("staff"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        } else {
            statement.setLong(index, value);
        }
    }
}
