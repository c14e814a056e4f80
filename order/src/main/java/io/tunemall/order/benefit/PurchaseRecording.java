package io.tunemall.order.benefit;

import io.tunemall.member.api.PurchaseLedger;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.Orders;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.event.OrderPaid;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the member module what members paid and got back, so the nightly re-grading counts their purchases. Runs
 * after the order's commit, from the outbox (at least once): recording the same paid order again changes nothing, and
 * a refund is recorded as the order's refunded total read now, so a repeated or late event cannot count twice.
 */
@Component
class PurchaseRecording {

    private final PurchaseLedger purchases;
    private final Orders orders;

    PurchaseRecording(PurchaseLedger purchases, Orders orders) {
        this.purchases = purchases;
        this.orders = orders;
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        if (paid.memberId() != null) {
            purchases.recordPaid(paid.memberId(), paid.orderNumber(), paid.amount(), paid.paidAt());
        }
    }

    @ApplicationModuleListener
    void on(OrderCancelled cancelled) {
        if (cancelled.memberId() == null || !cancelled.wasPaid()) {
            return;
        }
        Order order = orders.findByOrderNumber(cancelled.orderNumber()).orElseThrow();
        // The outbox does not order deliveries: the paid order may not be on record yet. Recording it is harmless.
        purchases.recordPaid(order.memberId(), order.orderNumber(), order.amounts().charged(), order.paidAt());
        purchases.recordRefund(order.orderNumber(), order.refunded());
    }
}
