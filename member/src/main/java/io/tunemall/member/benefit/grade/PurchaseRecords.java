package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.PurchaseLedger;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PurchaseRecords implements PurchaseLedger {

    private final JdbcTemplate jdbc;
    private final ShopClock clock;

    PurchaseRecords(JdbcTemplate jdbc, ShopClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private record Recorded(long memberId, long paidWon) {
    }

    @Override
    @Transactional
    public void recordPaid(long memberId, String orderNumber, Money paid, Instant paidAt) {
        String order = orderNumber(orderNumber);
        if (paid == null || paidAt == null) {
            throw ShopException.invalid("purchase-invalid", "A paid amount and a moment of payment are required");
        }
        Optional<Recorded> earlier = find(order);
        if (earlier.isEmpty()) {
            try {
                Timestamp now = Timestamp.from(clock.now());
                jdbc.update("INSERT INTO member_purchase (member_id, order_number, paid_won, refunded_won, paid_at, "
                        + "recorded_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)", memberId, order, paid.won(),
                        Timestamp.from(paidAt), now, now);
                return;
            } catch (DuplicateKeyException simultaneous) {
                earlier = find(order);
            }
        }
        Recorded recorded = earlier.orElseThrow();
        if (recorded.memberId() != memberId || recorded.paidWon() != paid.won()) {
            throw ShopException.conflict("purchase-conflict", "Order " + order + " was recorded as " + recorded.paidWon()
                    + " won paid by member " + recorded.memberId());
        }
    }

    @Override
    @Transactional
    public void recordRefund(String orderNumber, Money refundedInTotal) {
        String order = orderNumber(orderNumber);
        if (refundedInTotal == null) {
            throw ShopException.invalid("purchase-invalid", "The refunded total is required");
        }
        int updated = jdbc.update("UPDATE member_purchase SET refunded_won = ?, updated_at = ? "
                + "WHERE order_number = ? AND paid_won >= ?", refundedInTotal.won(), Timestamp.from(clock.now()), order,
                refundedInTotal.won());
        if (updated == 0) {
            Recorded recorded = find(order).orElseThrow(() -> ShopException.notFound("Paid order " + order));
            throw ShopException.invalid("refund-exceeds-paid", "Order " + order + ": " + refundedInTotal.won()
                    + " won refunded in total is more than the " + recorded.paidWon() + " won paid");
        }
    }

    private Optional<Recorded> find(String order) {
        return jdbc.query("SELECT member_id, paid_won FROM member_purchase WHERE order_number = ?",
                (rs, n) -> new Recorded(rs.getLong(1), rs.getLong(2)), order).stream().findFirst();
    }

    private static String orderNumber(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank() || orderNumber.strip().length() > 64) {
            throw ShopException.invalid("order-number-invalid", "An order number of 1 to 64 characters is required");
        }
        return orderNumber.strip();
    }
}
