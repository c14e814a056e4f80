package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderState;
import io.tunemall.payment.api.Payments;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Cancels orders whose payment did not come within the payment timeout, giving their stock, points and coupon back.
 * Each order is expired in its own transaction, after re-reading it: an order paid meanwhile is left alone, and when
 * two runs (or a payment and a run) race for the same order, its version lets exactly one commit, so stock is released
 * exactly once. The job runs on one node at a time (ShedLock).
 *
 * <p>An order whose payment is being confirmed or whose confirm went unanswered (the gateway timed out, so money may
 * have been taken) is not expired: reconciliation settles the payment first, and then either marks the order paid or
 * leaves it failed for a later run to expire. Expiring it now could cancel an order the shopper has paid for.
 */
@Component
public class UnpaidOrderExpiry {

    static final String REASON = "payment-expired";
    private static final Logger log = LoggerFactory.getLogger(UnpaidOrderExpiry.class);

    private final Orders orders;
    private final OrderCancellation cancellation;
    private final OrderProperties properties;
    private final ShopClock clock;
    private final TransactionTemplate transaction;
    private final Payments payments;

    UnpaidOrderExpiry(Orders orders, OrderCancellation cancellation, OrderProperties properties, ShopClock clock,
            PlatformTransactionManager transactions, Payments payments) {
        this.orders = orders;
        this.cancellation = cancellation;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.payments = payments;
    }

    @Scheduled(fixedDelayString = "${tunemall.order.expiry-check-every:PT1M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "order-expiry", lockAtMostFor = "PT10M")
    public void expireUnpaid() {
        Instant now = clock.now();
        List<Long> due = orders.idsExpiring(OrderState.PAYMENT_PENDING, now, PageRequest.of(0, properties.jobBatchSize()));
        int expired = 0;
        for (Long id : due) {
            try {
                expired += expire(id) ? 1 : 0;
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.info("Order {} changed while it was expiring (paid or cancelled meanwhile); left as it is", id);
            }
        }
        if (expired > 0) {
            log.info("Cancelled {} unpaid orders whose payment time was up", expired);
        }
    }

    /** Expires one order if it is still unpaid and due; answers whether it did. */
    public boolean expire(long orderId) {
        Boolean done = transaction.execute(status -> {
            Order order = orders.lockById(orderId).orElse(null);
            Instant now = clock.now();
            if (order == null || !order.expiredAt(now)) {
                return false;
            }
            if (paymentUnsettled(order.orderNumber())) {
                log.info("Order {} is due but its payment is still being settled; left for reconciliation",
                        order.orderNumber());
                return false;
            }
            Actor job = Actor.system("payment-expiry");
            CancelOutcome outcome = order.cancel(job, REASON, now);
            // The row lock makes a concurrent expiry or payment wait, then find the order cancelled; the version
            // would stop one that read it without the lock.
            orders.saveAndFlush(order);
            cancellation.giveBack(order, outcome, job, REASON, now);
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    private boolean paymentUnsettled(String orderNumber) {
        return payments.status(orderNumber).map(payment -> payment.state().isPending()).orElse(false);
    }
}
