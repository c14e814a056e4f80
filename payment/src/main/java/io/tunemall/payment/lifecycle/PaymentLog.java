package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.PaymentLogEntry;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.sdk.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The append-only history of a payment (payment_transaction): every request sent to a gateway and what came back,
 * every callback, every refusal. Rows are only ever inserted; they are what an accountant or a dispute reads.
 */
@Component
class PaymentLog {

    enum Kind { BEGIN, CONFIRM, CANCEL, QUERY, CALLBACK, CASH_RECEIPT, ABANDON }

    enum Outcome { REQUESTED, SUCCEEDED, DECLINED, TIMED_OUT, REJECTED, IGNORED }

    private final JdbcTemplate jdbc;

    PaymentLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void append(long paymentId, Kind kind, Outcome outcome, PaymentState stateAfter, Money amount, String gateway,
            String gatewayKey, String idempotencyKey, String code, String message, Instant at) {
        jdbc.update("INSERT INTO payment_transaction (payment_id, kind, outcome, state_after, amount, gateway, "
                        + "gateway_key, idempotency_key, code, message, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                paymentId, kind.name(), outcome.name(), stateAfter.name(), amount == null ? 0 : amount.won(), gateway,
                PaymentRecords.truncate(gatewayKey, 200), PaymentRecords.truncate(idempotencyKey, 64),
                PaymentRecords.truncate(code, 60), PaymentRecords.truncate(message, 510), Timestamp.from(at));
    }

    List<PaymentLogEntry> entries(long paymentId) {
        return jdbc.query("SELECT * FROM payment_transaction WHERE payment_id = ? ORDER BY id", (rs, n) ->
                new PaymentLogEntry(rs.getString("kind"), rs.getString("outcome"),
                        PaymentState.valueOf(rs.getString("state_after")), Money.won(rs.getLong("amount")),
                        rs.getString("gateway"), rs.getString("gateway_key"), rs.getString("idempotency_key"),
                        rs.getString("code"), rs.getString("message"), rs.getTimestamp("created_at").toInstant()),
                paymentId);
    }
}
