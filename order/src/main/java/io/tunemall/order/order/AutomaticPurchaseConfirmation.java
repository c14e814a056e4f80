package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderState;
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
 * Confirms the purchase of orders delivered longer ago than the shop's period (구매확정 after N days) when the shopper
 * has not done it, each in its own transaction; runs on one node at a time.
 */
@Component
public class AutomaticPurchaseConfirmation {

    private static final Logger log = LoggerFactory.getLogger(AutomaticPurchaseConfirmation.class);

    private final Orders orders;
    private final OrderEvents events;
    private final OrderProperties properties;
    private final ShopClock clock;
    private final TransactionTemplate transaction;

    AutomaticPurchaseConfirmation(Orders orders, OrderEvents events, OrderProperties properties, ShopClock clock,
            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @Scheduled(fixedDelayString = "${tunemall.order.confirmation-check-every:PT1H}", initialDelayString = "PT5M")
    @SchedulerLock(name = "order-auto-confirmation", lockAtMostFor = "PT30M")
    public void confirmDue() {
        Instant before = clock.now().minus(properties.autoConfirmAfter());
        List<Long> due = orders.idsDeliveredBefore(OrderState.DELIVERED, before,
                PageRequest.of(0, properties.jobBatchSize()));
        for (Long id : due) {
            try {
                confirm(id, before);
            } catch (OptimisticLockingFailureException changedMeanwhile) {
                log.info("Order {} changed while its purchase was being confirmed; left for the next run", id);
            }
        }
    }

    private void confirm(long orderId, Instant deliveredBefore) {
        transaction.executeWithoutResult(status -> orders.lockById(orderId)
                .filter(order -> order.state() == OrderState.DELIVERED && order.deliveredAt() != null
                        && !order.deliveredAt().isAfter(deliveredBefore)
                        // A return or exchange under way keeps the purchase open until it ends.
                        && !order.hasOpenClaim())
                .ifPresent(order -> {
                    Instant now = clock.now();
                    Actor job = Actor.system("purchase-confirmation");
                    order.advance(OrderAction.CONFIRM_PURCHASE, job, now);
                    orders.saveAndFlush(order);
                    events.advanced(order, OrderAction.CONFIRM_PURCHASE, job, now);
                }));
    }
}
