package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.GradeDraft;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/** The grade table. There are a handful of grades, so callers read them all at once. */
@Component
class TierStore {

    static final String DEFAULT_SLOT = "default";

    private final JdbcTemplate jdbc;

    TierStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Tiers tiers() {
        return new Tiers(jdbc.query("SELECT id, code, name, grade_level, discount_bps, point_rate_bps, free_shipping, "
                + "min_paid_won, default_slot FROM member_grade", TierStore::tier));
    }

    /** Members holding each grade on record, by grade id. */
    Map<Long, Long> memberCounts() {
        Map<Long, Long> counts = new HashMap<>();
        jdbc.query("SELECT grade_id, COUNT(*) FROM member_grade_assignment GROUP BY grade_id",
                (RowCallbackHandler) rs -> counts.put(rs.getLong(1), rs.getLong(2)));
        return counts;
    }

    long insert(String code, GradeDraft draft, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO member_grade (code, name, grade_level, "
                    + "discount_bps, point_rate_bps, free_shipping, min_paid_won, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, code);
            bindDraft(statement, 2, draft);
            statement.setTimestamp(8, Timestamp.from(now));
            statement.setTimestamp(9, Timestamp.from(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    void update(long id, GradeDraft draft, Instant now) {
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("UPDATE member_grade SET name = ?, grade_level = ?, "
                    + "discount_bps = ?, point_rate_bps = ?, free_shipping = ?, min_paid_won = ?, updated_at = ? "
                    + "WHERE id = ?");
            bindDraft(statement, 1, draft);
            statement.setTimestamp(7, Timestamp.from(now));
            statement.setLong(8, id);
            return statement;
        });
    }

    /** Moves the default flag: cleared first, because the unique key allows one default at any moment. */
    void makeDefault(long id) {
        jdbc.update("UPDATE member_grade SET default_slot = NULL WHERE default_slot = ? AND id <> ?", DEFAULT_SLOT, id);
        jdbc.update("UPDATE member_grade SET default_slot = ? WHERE id = ?", DEFAULT_SLOT, id);
    }

    void delete(long id) {
        jdbc.update("DELETE FROM member_grade WHERE id = ?", id);
    }

    /** Serialises changes to the grade list, so two staff saving at once cannot break its rules together. */
    void lockAll() {
        jdbc.query("SELECT id FROM member_grade FOR UPDATE", (RowCallbackHandler) rs -> { });
    }

    private static void bindDraft(PreparedStatement statement, int first, GradeDraft draft) throws SQLException {
        statement.setString(first, draft.name().strip());
        statement.setInt(first + 1, draft.level());
        statement.setInt(first + 2, draft.discountBps());
        statement.setInt(first + 3, draft.pointRateBps());
        statement.setBoolean(first + 4, draft.freeShipping());
        if (draft.minimumPaid() == null) {
            statement.setNull(first + 5, Types.BIGINT);
        } else {
            statement.setLong(first + 5, draft.minimumPaid().won());
        }
    }

    private static Tier tier(ResultSet rs, int row) throws SQLException {
        long minimum = rs.getLong("min_paid_won");
        Long minimumPaid = rs.wasNull() ? null : minimum;
        return new Tier(rs.getLong("id"), rs.getString("code"), rs.getString("name"), rs.getInt("grade_level"),
                rs.getInt("discount_bps"), rs.getInt("point_rate_bps"), rs.getBoolean("free_shipping"), minimumPaid,
                rs.getString("default_slot") != null);
    }
}
