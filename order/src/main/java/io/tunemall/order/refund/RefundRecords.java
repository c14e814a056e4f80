package io.tunemall.order.refund;

import io.tunemall.order.api.RefundState;
import io.tunemall.order.api.RefundView;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The order_refund table: one row per refund key, its state and the attempts made. */
@Component
class RefundRecords {

    /** @param taxFree the tax-free part sent with it; null for refunds recorded before orders knew it */
    record Refund(long id, long orderId, RefundView view, Money taxFree) {
    }

    private static final String COLUMNS = "id, order_id, claim_id, amount, tax_free_amount, reason, line_nos, state, "
            + "attempt, failure_code, failure_message, created_at, updated_at";

    private final JdbcTemplate jdbc;

    RefundRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The refund of this key, written PENDING if it is new; an existing one is returned as it stands. */
    Refund recordOnce(long orderId, RefundDue due, Instant now) {
        Optional<Refund> earlier = byKey(due.refundKey());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        try {
            jdbc.update("INSERT INTO order_refund (order_id, refund_key, claim_id, amount, tax_free_amount, reason, "
                    + "line_nos, state, attempt, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'PENDING', 1, ?, ?)",
                    orderId, due.refundKey(), due.claimId(), due.amount().won(),
                    due.taxFreeAmount() == null ? null : due.taxFreeAmount().won(), truncate(due.reason(), 200),
                    due.lineNumbers().isEmpty() ? null
                            : due.lineNumbers().stream().map(String::valueOf).collect(Collectors.joining(",")),
                    Timestamp.from(now), Timestamp.from(now));
        } catch (DuplicateKeyException concurrentDelivery) {
            // Another node recorded the same refund a moment ago: it is that node's to send.
        }
        return byKey(due.refundKey()).orElseThrow();
    }

    /**
     * Takes the refund for sending: one conditional update, so of two deliveries (or two staff retries) one sends.
     *
     * @param from the state it must be in: PENDING for a first attempt, FAILED for a retry
     */
    boolean take(long id, RefundState from, boolean nextAttempt, Instant now) {
        return jdbc.update("UPDATE order_refund SET state = 'SENDING', attempt = attempt + ?, updated_at = ? "
                + "WHERE id = ? AND state = ?", nextAttempt ? 1 : 0, Timestamp.from(now), id, from.name()) == 1;
    }

    /** Settles a refund that is still in {@code from}; false when it is not (any more). */
    boolean settleFrom(long id, RefundState from, RefundState state, Instant now) {
        return jdbc.update("UPDATE order_refund SET state = ?, failure_code = NULL, failure_message = NULL, "
                + "updated_at = ? WHERE id = ? AND state = ?", state.name(), Timestamp.from(now), id, from.name()) == 1;
    }

    void settle(long id, RefundState state, String code, String message, Instant now) {
        jdbc.update("UPDATE order_refund SET state = ?, failure_code = ?, failure_message = ?, updated_at = ? "
                + "WHERE id = ?", state.name(), code, truncate(message, 500), Timestamp.from(now), id);
    }

    Optional<Refund> byKey(String key) {
        return jdbc.query("SELECT " + COLUMNS + " FROM order_refund WHERE refund_key = ?", RefundRecords::map, key)
                .stream().findFirst();
    }

    Optional<Refund> byId(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM order_refund WHERE id = ?", RefundRecords::map, id)
                .stream().findFirst();
    }

    List<RefundView> ofOrder(long orderId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM order_refund WHERE order_id = ? ORDER BY id",
                RefundRecords::map, orderId).stream().map(Refund::view).toList();
    }

    private static Refund map(ResultSet rs, int row) throws SQLException {
        String lines = rs.getString("line_nos");
        long claim = rs.getLong("claim_id");
        Long claimId = rs.wasNull() ? null : claim;
        String state = rs.getString("state");
        RefundView view = new RefundView(rs.getLong("id"), claimId, Money.won(rs.getLong("amount")),
                rs.getString("reason"),
                lines == null ? List.of() : Arrays.stream(lines.split(",")).map(Integer::valueOf).toList(),
                // SENDING is the moment between taking and settling: shown as PENDING.
                "SENDING".equals(state) ? RefundState.PENDING : RefundState.valueOf(state), rs.getInt("attempt"),
                rs.getString("failure_code"), rs.getString("failure_message"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
        long taxFree = rs.getLong("tax_free_amount");
        return new Refund(rs.getLong("id"), rs.getLong("order_id"), view, rs.wasNull() ? null : Money.won(taxFree));
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
