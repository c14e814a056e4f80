package io.tunemall.payment.lifecycle;

import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The payment_cancel table. A cancel is written REQUESTED before the gateway is asked, so that the amount it gives
 * back counts against the balance while it is on its way: two concurrent partial cancels can never give back more
 * than was paid.
 */
@Component
class CancelRecords {

    private final JdbcTemplate jdbc;

    CancelRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long insertRequested(long paymentId, Money amount, Money taxFree, Money vat, String reason, String idempotencyKey,
            Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO payment_cancel (payment_id, amount, tax_free_amount, "
                    + "vat, reason, state, idempotency_key, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setLong(1, paymentId);
            statement.setLong(2, amount.won());
            statement.setLong(3, taxFree.won());
            statement.setLong(4, vat.won());
            statement.setString(5, PaymentRecords.truncate(reason, 200));
            statement.setString(6, CancelRow.REQUESTED);
            statement.setString(7, idempotencyKey);
            statement.setTimestamp(8, Timestamp.from(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    Optional<CancelRow> findByKey(String idempotencyKey) {
        return jdbc.query("SELECT * FROM payment_cancel WHERE idempotency_key = ?", CancelRecords::row, idempotencyKey)
                .stream().findFirst();
    }

    /** What is given back or on its way back: done, requested and unknown cancels (amount, tax-free part). */
    Money[] reserved(long paymentId) {
        return jdbc.queryForObject("SELECT COALESCE(SUM(amount), 0), COALESCE(SUM(tax_free_amount), 0) FROM payment_cancel "
                        + "WHERE payment_id = ? AND state <> 'FAILED'",
                (rs, n) -> new Money[] {Money.won(rs.getLong(1)), Money.won(rs.getLong(2))}, paymentId);
    }

    /** Settles a cancel that is still open; false when it was settled already (by a concurrent retry). */
    boolean settle(long id, String state, String transactionKey, String code, String message, Instant now) {
        return jdbc.update("UPDATE payment_cancel SET state = ?, transaction_key = ?, failure_code = ?, failure_message = ?, "
                        + "completed_at = ? WHERE id = ? AND state IN ('REQUESTED', 'UNKNOWN')",
                state, PaymentRecords.truncate(transactionKey, 200), PaymentRecords.truncate(code, 60),
                PaymentRecords.truncate(message, 510), CancelRow.DONE.equals(state) || CancelRow.FAILED.equals(state) ? Timestamp.from(now) : null,
                id) == 1;
    }

    List<CancelRow> unknown(long paymentId) {
        return jdbc.query("SELECT * FROM payment_cancel WHERE payment_id = ? AND state = 'UNKNOWN' ORDER BY id",
                CancelRecords::row, paymentId);
    }

    /** Payments with a cancel of unknown outcome, for the reconciliation job. */
    List<Long> paymentsWithUnknownCancels(Instant before, int limit) {
        return jdbc.queryForList("SELECT DISTINCT payment_id FROM payment_cancel WHERE state = 'UNKNOWN' AND requested_at < ? "
                + "ORDER BY payment_id LIMIT " + limit, Long.class, Timestamp.from(before));
    }

    private static CancelRow row(ResultSet rs, int n) throws SQLException {
        return new CancelRow(rs.getLong("id"), rs.getLong("payment_id"), Money.won(rs.getLong("amount")),
                Money.won(rs.getLong("tax_free_amount")), Money.won(rs.getLong("vat")), rs.getString("reason"),
                rs.getString("state"), rs.getString("idempotency_key"), rs.getTimestamp("requested_at").toInstant());
    }
}
