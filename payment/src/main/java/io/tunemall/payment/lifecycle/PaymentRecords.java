package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.VirtualAccount;
import io.tunemall.sdk.Money;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

/**
 * The payment table. Every change of state is one conditional UPDATE that names the states it may leave: when two
 * requests (two confirms, a confirm and the reconciliation job, two nodes) race for the same payment, exactly one
 * UPDATE matches a row and the others see zero rows and re-read. That, not a lock held across the gateway call, is
 * what keeps a payment from being charged or settled twice.
 */
@Component
class PaymentRecords {

    private final JdbcTemplate jdbc;

    PaymentRecords(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<PaymentRow> find(String orderNumber) {
        return jdbc.query("SELECT * FROM payment WHERE order_number = ?", PaymentRecords::row, orderNumber).stream()
                .findFirst();
    }

    Optional<PaymentRow> find(long id) {
        return jdbc.query("SELECT * FROM payment WHERE id = ?", PaymentRecords::row, id).stream().findFirst();
    }

    /** The row locked until the transaction ends, for the few decisions that read before they write (cancels). */
    Optional<PaymentRow> findForUpdate(String orderNumber) {
        return jdbc.query("SELECT * FROM payment WHERE order_number = ? FOR UPDATE", PaymentRecords::row, orderNumber)
                .stream().findFirst();
    }

    long insertReady(PaymentOrder order, String gateway, boolean escrow, Instant now) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var statement = connection.prepareStatement("INSERT INTO payment (order_number, order_name, gateway, method, "
                    + "state, amount, tax_free_amount, escrow, cash_receipt_type, created_at, updated_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"id"});
            statement.setString(1, order.orderNumber());
            statement.setString(2, truncate(order.orderName(), 100));
            statement.setString(3, gateway);
            statement.setString(4, order.method().name());
            statement.setString(5, PaymentState.READY.name());
            statement.setLong(6, order.amount().won());
            statement.setLong(7, order.taxFreeAmount().won());
            statement.setBoolean(8, escrow);
            statement.setString(9, order.cashReceipt() == null ? null : order.cashReceipt().type().name());
            statement.setTimestamp(10, Timestamp.from(now));
            statement.setTimestamp(11, Timestamp.from(now));
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    /** A new attempt on an order whose earlier attempt was never approved, failed or expired. */
    boolean restart(long id, PaymentOrder order, String gateway, boolean escrow, Instant now) {
        return jdbc.update("UPDATE payment SET order_name = ?, gateway = ?, method = ?, state = ?, amount = ?, "
                        + "tax_free_amount = ?, escrow = ?, cash_receipt_type = ?, payment_key = NULL, confirm_key = NULL, "
                        + "attempt = attempt + 1, failure_code = NULL, failure_message = NULL, va_bank = NULL, "
                        + "va_account_number = NULL, va_due_at = NULL, va_secret_hash = NULL, approved_at = NULL, "
                        + "updated_at = ? WHERE id = ? AND state IN ('READY', 'FAILED', 'EXPIRED')",
                truncate(order.orderName(), 100), gateway, order.method().name(), PaymentState.READY.name(),
                order.amount().won(), order.taxFreeAmount().won(), escrow,
                order.cashReceipt() == null ? null : order.cashReceipt().type().name(), Timestamp.from(now), id) == 1;
    }

    /** Starts a change of state that applies only while the payment is in one of {@code from}. */
    Transition transition(long id, PaymentState... from) {
        return new Transition(id, from);
    }

    /** Payments whose confirm outcome is unknown, or whose confirm has been under way since before {@code stale}. */
    List<PaymentRow> unsettled(Instant stale, int limit) {
        return jdbc.query("SELECT * FROM payment WHERE state = 'UNKNOWN' OR (state = 'CONFIRMING' AND updated_at < ?) "
                + "ORDER BY updated_at LIMIT " + limit, PaymentRecords::row, Timestamp.from(stale));
    }

    /** A conditional UPDATE of one payment, built column by column. */
    final class Transition {

        private final long id;
        private final PaymentState[] from;
        private final Map<String, Object> columns = new LinkedHashMap<>();

        private Transition(long id, PaymentState[] from) {
            this.id = id;
            this.from = from;
        }

        Transition to(PaymentState state) {
            return set("state", state.name());
        }

        Transition set(String column, Object value) {
            columns.put(column, value instanceof Instant instant ? Timestamp.from(instant)
                    : value instanceof Money money ? money.won()
                    : value instanceof Enum<?> constant ? constant.name() : value);
            return this;
        }

        /** Adds to a number column. */
        Transition add(String column, Money amount) {
            columns.put(column + " = " + column + " + ?", amount.won());
            return this;
        }

        /** Whether this request won the transition; false when the payment had already left the {@code from} states. */
        boolean apply(Instant now) {
            set("updated_at", now);
            List<Object> arguments = new ArrayList<>();
            String assignments = columns.entrySet().stream()
                    .map(entry -> {
                        arguments.add(entry.getValue());
                        return entry.getKey().contains("?") ? entry.getKey() : entry.getKey() + " = ?";
                    })
                    .collect(Collectors.joining(", "));
            arguments.add(id);
            String states = Arrays.stream(from).map(state -> "'" + state.name() + "'").collect(Collectors.joining(", "));
            return jdbc.update("UPDATE payment SET " + assignments + " WHERE id = ? AND state IN (" + states + ")",
                    arguments.toArray()) == 1;
        }
    }

    private static PaymentRow row(ResultSet rs, int rowNumber) throws SQLException {
        String accountNumber = rs.getString("va_account_number");
        VirtualAccount account = accountNumber == null ? null
                : new VirtualAccount(rs.getString("va_bank"), accountNumber, instant(rs, "va_due_at"));
        String receiptType = rs.getString("cash_receipt_type");
        return new PaymentRow(
                rs.getLong("id"),
                rs.getString("order_number"),
                rs.getString("order_name"),
                rs.getString("gateway"),
                PaymentMethod.valueOf(rs.getString("method")),
                PaymentState.valueOf(rs.getString("state")),
                Money.won(rs.getLong("amount")),
                Money.won(rs.getLong("tax_free_amount")),
                Money.won(rs.getLong("cancelled_amount")),
                Money.won(rs.getLong("cancelled_tax_free")),
                rs.getBoolean("escrow"),
                receiptType == null ? null : CashReceiptType.valueOf(receiptType),
                rs.getBoolean("cash_receipt_issued"),
                rs.getString("payment_key"),
                rs.getString("confirm_key"),
                rs.getInt("attempt"),
                rs.getString("failure_code"),
                rs.getString("failure_message"),
                account,
                rs.getString("va_secret_hash"),
                instant(rs, "approved_at"),
                instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
