package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.GradeChange;
import io.tunemall.sdk.Money;
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
import org.springframework.stereotype.Component;

/** Members' recorded grades, their history, and the paid amounts the re-grading counts. */
@Component
class GradeRecords {

    private final JdbcTemplate jdbc;

    GradeRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Assignment> find(long memberId) {
        return jdbc.query("SELECT member_id, grade_id, manual, changed_at FROM member_grade_assignment "
                + "WHERE member_id = ?", GradeRecords::assignment, memberId).stream().findFirst();
    }

    /**
     * Makes sure the member has a row (with the grade an unrecorded member has) and locks it. The upsert takes the
     * row lock at once, where SELECT ... FOR UPDATE on a missing row would take a gap lock two writers can deadlock on.
     */
    Assignment lock(long memberId, long implicitGradeId, Instant now) {
        jdbc.update("INSERT INTO member_grade_assignment (member_id, grade_id, manual, changed_at) VALUES (?, ?, FALSE, ?) "
                + "ON DUPLICATE KEY UPDATE member_id = member_id", memberId, implicitGradeId, Timestamp.from(now));
        return jdbc.queryForObject("SELECT member_id, grade_id, manual, changed_at FROM member_grade_assignment "
                + "WHERE member_id = ? FOR UPDATE", GradeRecords::assignment, memberId);
    }

    void set(long memberId, long gradeId, boolean manual, Instant now) {
        jdbc.update("UPDATE member_grade_assignment SET grade_id = ?, manual = ?, changed_at = ? WHERE member_id = ?",
                gradeId, manual, Timestamp.from(now), memberId);
    }

    /** The recorded grades of members in (after, upTo], locked until the transaction ends. */
    Map<Long, Assignment> lockRange(long after, long upTo) {
        Map<Long, Assignment> assigned = new HashMap<>();
        jdbc.query("SELECT member_id, grade_id, manual, changed_at FROM member_grade_assignment "
                + "WHERE member_id > ? AND member_id <= ? FOR UPDATE", (RowCallbackHandler) rs -> {
                    Assignment assignment = assignment(rs, 0);
                    assigned.put(assignment.memberId(), assignment);
                }, after, upTo);
        return assigned;
    }

    /** Paid less refunded per member in (after, upTo] over the orders paid since the given moment. */
    Map<Long, Long> paidSince(long after, long upTo, Instant since) {
        Map<Long, Long> paid = new HashMap<>();
        jdbc.query("SELECT member_id, SUM(paid_won - refunded_won) FROM member_purchase "
                + "WHERE member_id > ? AND member_id <= ? AND paid_at >= ? GROUP BY member_id",
                (RowCallbackHandler) rs -> paid.put(rs.getLong(1), rs.getLong(2)), after, upTo, Timestamp.from(since));
        return paid;
    }

    long paidSince(long memberId, Instant since) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(paid_won - refunded_won), 0) FROM member_purchase "
                + "WHERE member_id = ? AND paid_at >= ?", Long.class, memberId, Timestamp.from(since));
    }

    /** The next member ids with purchases, after the given one: one index range scan per batch. */
    List<Long> purchasersAfter(long after, int limit) {
        return jdbc.queryForList("SELECT DISTINCT member_id FROM member_purchase WHERE member_id > ? "
                + "ORDER BY member_id LIMIT ?", Long.class, after, limit);
    }

    List<Long> assignedAfter(long after, int limit) {
        return jdbc.queryForList("SELECT member_id FROM member_grade_assignment WHERE member_id > ? "
                + "ORDER BY member_id LIMIT ?", Long.class, after, limit);
    }

    void insertAssignments(List<Assignment> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO member_grade_assignment (member_id, grade_id, manual, changed_at) "
                    + "VALUES (?, ?, ?, ?)", rows, rows.size(), (statement, row) -> {
                        statement.setLong(1, row.memberId());
                        statement.setLong(2, row.gradeId());
                        statement.setBoolean(3, row.manual());
                        statement.setTimestamp(4, Timestamp.from(row.changedAt()));
                    });
        }
    }

    void updateAssignments(List<Assignment> rows) {
        if (!rows.isEmpty()) {
            jdbc.batchUpdate("UPDATE member_grade_assignment SET grade_id = ?, changed_at = ? WHERE member_id = ?",
                    rows, rows.size(), (statement, row) -> {
                        statement.setLong(1, row.gradeId());
                        statement.setTimestamp(2, Timestamp.from(row.changedAt()));
                        statement.setLong(3, row.memberId());
                    });
        }
    }

    void record(List<HistoryLine> lines, Instant now) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO member_grade_history (member_id, from_code, to_code, reason, staff, note, paid_won, "
                + "changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", lines, lines.size(), (statement, line) -> {
                    statement.setLong(1, line.memberId());
                    statement.setString(2, line.fromCode());
                    statement.setString(3, line.toCode());
                    statement.setString(4, line.reason().name());
                    statement.setString(5, line.staff());
                    statement.setString(6, line.note());
                    if (line.paidWon() == null) {
                        statement.setNull(7, Types.BIGINT);
                    } else {
                        statement.setLong(7, line.paidWon());
                    }
                    statement.setTimestamp(8, Timestamp.from(now));
                });
    }

    List<GradeChange> history(long memberId, int limit) {
        return jdbc.query("SELECT id, member_id, from_code, to_code, reason, staff, note, paid_won, changed_at "
                + "FROM member_grade_history WHERE member_id = ? ORDER BY changed_at DESC, id DESC LIMIT ?",
                (rs, n) -> {
                    long paid = rs.getLong("paid_won");
                    Money trailing = rs.wasNull() ? null : Money.won(paid);
                    return new GradeChange(rs.getLong("id"), rs.getLong("member_id"), rs.getString("from_code"),
                            rs.getString("to_code"), rs.getString("reason"), rs.getString("staff"), rs.getString("note"),
                            trailing, rs.getTimestamp("changed_at").toInstant());
                }, memberId, limit);
    }

    private static Assignment assignment(ResultSet rs, int row) throws SQLException {
        return new Assignment(rs.getLong("member_id"), rs.getLong("grade_id"), rs.getBoolean("manual"),
                rs.getTimestamp("changed_at").toInstant());
    }
}
