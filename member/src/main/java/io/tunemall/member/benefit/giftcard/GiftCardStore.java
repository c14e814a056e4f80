package io.tunemall.member.benefit.giftcard;

import io.tunemall.member.api.GiftCardBatchDraft;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The gift card tables. Every use of a card is one conditional UPDATE of its row: the database decides which of two
 * simultaneous uses wins, and the loser's UPDATE, re-evaluated after the winner commits, matches nothing.
 */
@Component
class GiftCardStore {

    static final String CARD_COLUMNS = "id, batch_id, code_last4, face_value_won, valid_until, status, reserved_for, "
            + "reserved_until, redeemed_at, redeemed_as, member_id, order_number, point_entry_id, voided_at, voided_by, "
            + "void_reason";
    /** What a card must be to be used: never redeemed or voided, still valid, and free or its hold lapsed. */
    private static final String USABLE = "redeemed_at IS NULL AND voided_at IS NULL AND valid_until > ? "
            + "AND (status = 'ACTIVE' OR (status = 'RESERVED' AND reserved_until <= ?))";

    private final JdbcTemplate jdbc;

    GiftCardStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertBatch(GiftCardBatchDraft draft, String name, Instant validUntil, String staff, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement("INSERT INTO gift_card_batch (name, face_value_won, "
                    + "card_count, valid_until, issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, name);
            statement.setLong(2, draft.faceValue().won());
            statement.setInt(3, draft.count());
            statement.setTimestamp(4, Timestamp.from(validUntil));
            statement.setString(5, staff);
            statement.setTimestamp(6, Timestamp.from(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** Inserts the cards and answers their ids by code hash. */
    Map<String, Long> insertCards(long batchId, List<GiftCardCode> codes, long faceValueWon, Instant validUntil) {
        jdbc.batchUpdate("INSERT INTO gift_card (batch_id, code_hash, code_last4, face_value_won, valid_until, status) "
                + "VALUES (?, ?, ?, ?, ?, 'ACTIVE')", codes, 1000, (statement, code) -> {
                    statement.setLong(1, batchId);
                    statement.setString(2, code.hash());
                    statement.setString(3, code.lastFour());
                    statement.setLong(4, faceValueWon);
                    statement.setTimestamp(5, Timestamp.from(validUntil));
                });
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("SELECT code_hash, id FROM gift_card WHERE batch_id = ?",
                (RowCallbackHandler) rs -> ids.put(rs.getString(1), rs.getLong(2)), batchId);
        return ids;
    }

    int redeemToPoints(String hash, long memberId, Instant now) {
        return jdbc.update("UPDATE gift_card SET status = 'REDEEMED', redeemed_at = ?, redeemed_as = 'POINTS', "
                + "member_id = ?, reserved_for = NULL, reserved_until = NULL WHERE code_hash = ? AND " + USABLE,
                Timestamp.from(now), memberId, hash, Timestamp.from(now), Timestamp.from(now));
    }

    void attachPointEntry(long cardId, long entryId) {
        jdbc.update("UPDATE gift_card SET point_entry_id = ? WHERE id = ?", entryId, cardId);
    }

    /** Holds the card for the order; the order holding it already may extend its hold. */
    int reserve(String hash, String orderNumber, Instant until, Instant now) {
        return jdbc.update("UPDATE gift_card SET status = 'RESERVED', reserved_for = ?, reserved_until = ? "
                + "WHERE code_hash = ? AND redeemed_at IS NULL AND voided_at IS NULL AND valid_until > ? "
                + "AND (status = 'ACTIVE' OR (status = 'RESERVED' AND (reserved_until <= ? OR reserved_for = ?)))",
                orderNumber, Timestamp.from(until), hash, Timestamp.from(now), Timestamp.from(now), orderNumber);
    }

    /**
     * Spends the cards the order holds. A hold that lapsed still counts as long as nobody else took the card: the
     * payment was authorised while the card was held.
     */
    int capture(String orderNumber, Instant now) {
        return jdbc.update("UPDATE gift_card SET status = 'REDEEMED', redeemed_at = ?, redeemed_as = 'PAYMENT', "
                + "order_number = reserved_for WHERE reserved_for = ? AND status = 'RESERVED' AND redeemed_at IS NULL "
                + "AND voided_at IS NULL", Timestamp.from(now), orderNumber);
    }

    int release(String orderNumber) {
        return jdbc.update("UPDATE gift_card SET status = 'ACTIVE', reserved_for = NULL, reserved_until = NULL "
                + "WHERE reserved_for = ? AND status = 'RESERVED'", orderNumber);
    }

    List<CardState> paidWith(String orderNumber) {
        return jdbc.query("SELECT " + CARD_COLUMNS + " FROM gift_card WHERE order_number = ? AND redeemed_as = 'PAYMENT' "
                + "ORDER BY id", GiftCardStore::card, orderNumber);
    }

    int voidCard(long cardId, String reason, String staff, Instant now) {
        return jdbc.update("UPDATE gift_card SET status = 'VOIDED', voided_at = ?, voided_by = ?, void_reason = ?, "
                + "reserved_for = NULL, reserved_until = NULL WHERE id = ? AND status IN ('ACTIVE', 'RESERVED') "
                + "AND redeemed_at IS NULL", Timestamp.from(now), staff, reason, cardId);
    }

    int voidBatch(long batchId, String reason, String staff, Instant now) {
        return jdbc.update("UPDATE gift_card SET status = 'VOIDED', voided_at = ?, voided_by = ?, void_reason = ?, "
                + "reserved_for = NULL, reserved_until = NULL WHERE batch_id = ? AND status IN ('ACTIVE', 'RESERVED') "
                + "AND redeemed_at IS NULL", Timestamp.from(now), staff, reason, batchId);
    }

    /** The card by its code hash, its row locked (a plain read could be an older snapshot of the caller's). */
    Optional<CardState> lockByHash(String hash) {
        return jdbc.query("SELECT " + CARD_COLUMNS + " FROM gift_card WHERE code_hash = ? FOR UPDATE",
                GiftCardStore::card, hash).stream().findFirst();
    }

    Optional<CardState> byHash(String hash) {
        return jdbc.query("SELECT " + CARD_COLUMNS + " FROM gift_card WHERE code_hash = ?", GiftCardStore::card, hash)
                .stream().findFirst();
    }

    Optional<CardState> byId(long id) {
        return jdbc.query("SELECT " + CARD_COLUMNS + " FROM gift_card WHERE id = ?", GiftCardStore::card, id).stream()
                .findFirst();
    }

    List<CardState> cards(long batchId, int offset, int limit) {
        return jdbc.query("SELECT " + CARD_COLUMNS + " FROM gift_card WHERE batch_id = ? ORDER BY id LIMIT ? OFFSET ?",
                GiftCardStore::card, batchId, limit, offset);
    }

    static CardState card(ResultSet rs, int row) throws SQLException {
        return new CardState(rs.getLong("id"), rs.getLong("batch_id"), rs.getString("code_last4"),
                rs.getLong("face_value_won"), instant(rs, "valid_until"), rs.getString("status"),
                rs.getString("reserved_for"), instant(rs, "reserved_until"), instant(rs, "redeemed_at"),
                rs.getString("redeemed_as"), longOrNull(rs, "member_id"), rs.getString("order_number"),
                longOrNull(rs, "point_entry_id"), instant(rs, "voided_at"), rs.getString("voided_by"),
                rs.getString("void_reason"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        Object value = rs.getObject(column);
        return value == null ? null : ((Number) value).longValue();
    }
}
