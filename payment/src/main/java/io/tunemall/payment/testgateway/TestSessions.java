package io.tunemall.payment.testgateway;

import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The test gateway's ledger (payment_test_session), shared by every node like a real gateway's. */
@Component
class TestSessions {

    private final JdbcTemplate jdbc;

    TestSessions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void open(String token, PaymentOrder order, boolean escrow, Instant now) {
        jdbc.update("INSERT INTO payment_test_session (token, order_number, order_name, method, amount, tax_free_amount, "
                        + "balance, success_url, fail_url, escrow, state, cash_receipt_type, created_at, updated_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'READY', ?, ?, ?)",
                token, order.orderNumber(), order.orderName().length() > 100 ? order.orderName().substring(0, 100)
                        : order.orderName(), order.method().name(), order.amount().won(), order.taxFreeAmount().won(),
                order.amount().won(), order.successUrl(), order.failUrl(), escrow,
                order.cashReceipt() == null ? null : order.cashReceipt().type().name(), Timestamp.from(now),
                Timestamp.from(now));
    }

    Optional<TestSession> byToken(String token) {
        return jdbc.query("SELECT * FROM payment_test_session WHERE token = ?", TestSessions::row, token).stream().findFirst();
    }

    Optional<TestSession> byPaymentKey(String paymentKey) {
        return jdbc.query("SELECT * FROM payment_test_session WHERE payment_key = ?", TestSessions::row, paymentKey)
                .stream().findFirst();
    }

    /** The latest session of an order that got past the approval page (the one a status query by order id finds). */
    Optional<TestSession> latestApproved(String orderNumber) {
        return jdbc.query("SELECT * FROM payment_test_session WHERE order_number = ? AND payment_key IS NOT NULL "
                + "ORDER BY created_at DESC, token", TestSessions::row, orderNumber).stream().findFirst();
    }

    /** Moves a session from one state to another; false when it was not in {@code from}. */
    boolean move(String token, String from, String to, Instant now) {
        return jdbc.update("UPDATE payment_test_session SET state = ?, updated_at = ? WHERE token = ? AND state = ?",
                to, Timestamp.from(now), token, from) == 1;
    }

    boolean approve(String token, String paymentKey, Instant now) {
        return jdbc.update("UPDATE payment_test_session SET state = 'APPROVED', payment_key = ?, updated_at = ? "
                + "WHERE token = ? AND state = 'READY'", paymentKey, Timestamp.from(now), token) == 1;
    }

    /** Takes the money once: only an approved session moves, and {@code charges} counts every take. */
    boolean charge(String paymentKey, String state, String confirmKey, String accountNumber, String depositSecret,
            Instant now) {
        return jdbc.update("UPDATE payment_test_session SET state = ?, confirm_key = ?, charges = charges + 1, "
                        + "va_account_number = ?, va_secret = ?, updated_at = ? WHERE payment_key = ? AND state = 'APPROVED'",
                state, confirmKey, accountNumber, depositSecret, Timestamp.from(now), paymentKey) == 1;
    }

    boolean giveBack(String paymentKey, Money amount, boolean unpaidAccount, Instant now) {
        long taken = unpaidAccount ? 0 : amount.won();
        // The state is assigned first: MySQL evaluates SET clauses left to right, with the values already assigned.
        return jdbc.update("UPDATE payment_test_session SET state = CASE WHEN ? OR balance - ? = 0 THEN 'CANCELED' "
                        + "ELSE 'PARTIAL_CANCELED' END, balance = balance - ?, updated_at = ? WHERE payment_key = ? "
                        + "AND balance >= ? AND state IN ('DONE', 'PARTIAL_CANCELED', 'WAITING_FOR_DEPOSIT')",
                unpaidAccount, taken, taken, Timestamp.from(now), paymentKey, taken) == 1;
    }

    void receiptIssued(String orderNumber, String type) {
        jdbc.update("UPDATE payment_test_session SET cash_receipt_type = ? WHERE order_number = ? AND state = 'DONE'",
                type, orderNumber);
    }

    private static TestSession row(ResultSet rs, int n) throws SQLException {
        return new TestSession(rs.getString("token"), rs.getString("order_number"), rs.getString("order_name"),
                PaymentMethod.valueOf(rs.getString("method")), Money.won(rs.getLong("amount")),
                Money.won(rs.getLong("tax_free_amount")), Money.won(rs.getLong("balance")), rs.getString("success_url"),
                rs.getString("fail_url"), rs.getBoolean("escrow"), rs.getString("state"), rs.getString("payment_key"),
                rs.getString("confirm_key"), rs.getInt("charges"), rs.getString("va_account_number"),
                rs.getString("va_secret"), rs.getString("cash_receipt_type"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("updated_at").toInstant());
    }
}
