package io.tunemall.order.benefit;

import io.tunemall.member.api.EarnCancellation;
import io.tunemall.member.api.MemberBenefits;
import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PointOrderConflict;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.order.ChargedAmounts;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.Orders;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.event.OrderPurchaseConfirmed;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Points earned on a confirmed purchase (구매확정, by the shopper or automatically): the member's grade rate, or the
 * shop's default rate, of the goods paid in money (the charged amount less refunds, shipping and the remote-area
 * surcharge; points spent earn nothing). Earned once per order: the ledger answers a repeated earn with the first,
 * and an earn computed differently on a late redelivery (the grade changed meanwhile) is refused and ignored.
 * A cancelled order's earn, if it has one, is cancelled.
 *
 * <p>The listeners are after-commit listeners from the outbox like every module listener, but without a transaction
 * of their own: each ledger call is its own transaction, so a refused repeat is a plain answer here instead of
 * marking a surrounding transaction rollback-only (which would leave the event undelivered and retried forever).
 */
@Component
@EnableConfigurationProperties(PointEarnTerms.class)
class PurchasePoints {

    private static final Logger log = LoggerFactory.getLogger(PurchasePoints.class);

    private static final String CONFIRMED = OrderAction.CONFIRM_PURCHASE.name();

    private final PointLedger points;
    private final MemberBenefits grades;
    private final Orders orders;
    private final PointEarnTerms terms;
    private final ShopClock clock;
    private final TransactionTemplate reading;

    PurchasePoints(PointLedger points, MemberBenefits grades, Orders orders, PointEarnTerms terms, ShopClock clock,
            PlatformTransactionManager transactions) {
        this.points = points;
        this.grades = grades;
        this.orders = orders;
        this.terms = terms;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    @Async
    @TransactionalEventListener
    void on(OrderPurchaseConfirmed confirmed) {
        if (confirmed.memberId() == null) {
            return;
        }
        Order order = orders.findByOrderNumber(confirmed.orderNumber()).orElseThrow();
        Money earned = goodsPaid(order).percent(terms.rateFor(grades.of(confirmed.memberId()).pointRateBps()));
        if (earned.isZero()) {
            return;
        }
        LocalDate validThrough = confirmed.confirmedAt().atZone(clock.zone()).toLocalDate().plus(terms.validity());
        try {
            points.earn(confirmed.memberId(), confirmed.orderNumber(), earned, validThrough);
        } catch (PointOrderConflict earnedBefore) {
            log.info("Order {} earned its points before; not earning again ({})", confirmed.orderNumber(),
                    earnedBefore.getMessage());
        }
    }

    @Async
    @TransactionalEventListener
    void on(OrderCancelled cancelled) {
        if (cancelled.memberId() == null || !cancelled.wholeOrder()) {
            return;
        }
        // Only a confirmed purchase earns; today nothing cancels one, but a refund after confirmation must not
        // leave its points with the member.
        Boolean confirmedBefore = reading.execute(status -> orders.findByOrderNumber(cancelled.orderNumber())
                .orElseThrow().history().stream().anyMatch(entry -> CONFIRMED.equals(entry.action())));
        if (!Boolean.TRUE.equals(confirmedBefore)) {
            return;
        }
        try {
            EarnCancellation done = points.cancelEarn(cancelled.orderNumber());
            if (!done.shortfall().isZero()) {
                log.warn("Order {}: {} of its earned points had been spent and could not be taken back",
                        cancelled.orderNumber(), done.shortfall());
            }
        } catch (PointOrderConflict nothingEarned) {
            log.info("Order {} earned no points to cancel ({})", cancelled.orderNumber(), nothingEarned.getMessage());
        }
    }

    static Money goodsPaid(Order order) {
        ChargedAmounts amounts = order.amounts();
        long won = amounts.charged().won() - order.refunded().won() - amounts.shippingFee().won()
                - amounts.remoteSurcharge().won();
        return Money.won(Math.max(0, won));
    }
}
