package io.tunemall.order.order;

import io.tunemall.catalog.api.SkuQuantity;
import io.tunemall.catalog.api.Stock;
import io.tunemall.order.api.Actor;
import io.tunemall.order.pricing.PricingInputs;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cancellation gives back, in the cancelling transaction: the lines' stock, the points, and for a whole order
 * the coupon; then OrderCancelled tells the payment module what to refund. Running in the same transaction as the
 * state change is what makes it happen exactly once: the order's version lets only one cancellation commit.
 */
@Component
public class OrderCancellation {

    private final Stock stock;
    private final PricingInputs benefits;
    private final OrderEvents events;

    OrderCancellation(Stock stock, PricingInputs benefits, OrderEvents events) {
        this.stock = stock;
        this.benefits = benefits;
        this.events = events;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void giveBack(Order order, CancelOutcome outcome, Actor actor, String reason, Instant at) {
        List<SkuQuantity> items = outcome.lines().stream().map(line -> new SkuQuantity(line.sku(), line.quantity())).toList();
        stock.restore(items);
        if (order.memberId() != null && !outcome.pointsReturned().isZero()) {
            if (outcome.wholeOrder()) {
                benefits.points().refund(order.memberId(), outcome.pointsReturned(), order.orderNumber());
            } else {
                // Each line is cancelled once, so its line numbers name this partial cancellation for good.
                benefits.points().refund(order.memberId(), outcome.pointsReturned(), order.orderNumber(),
                        "cancel-lines-" + outcome.lineNumbers().stream().map(String::valueOf)
                                .collect(Collectors.joining(",")));
            }
        }
        if (order.memberId() != null && outcome.wholeOrder() && order.amounts().couponId() != null) {
            benefits.coupons().release(order.memberId(), order.amounts().couponId(), order.orderNumber());
        }
        events.cancelled(order, outcome, actor, reason, at);
    }
}
