package io.tunemall.order.cart;

import io.tunemall.order.order.OrderProperties;
import io.tunemall.platform.time.ShopClock;
import java.time.Duration;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Guest carts nobody touched for the shop's period are deleted (their cookie has expired too); members' carts stay.
 * Runs nightly on one node.
 */
@Component
class AbandonedCartSweep {

    private static final Logger log = LoggerFactory.getLogger(AbandonedCartSweep.class);

    private final CartRepository carts;
    private final OrderProperties properties;
    private final ShopClock clock;

    AbandonedCartSweep(CartRepository carts, OrderProperties properties, ShopClock clock) {
        this.carts = carts;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(cron = "${tunemall.order.cart-sweep-cron:0 30 4 * * *}", zone = "${tunemall.time-zone:Asia/Seoul}")
    @SchedulerLock(name = "abandoned-cart-sweep", lockAtMostFor = "PT30M")
    @Transactional
    public void sweep() {
        int deleted = carts.deleteGuestCartsUntouchedSince(clock.now().minus(Duration.ofDays(properties.guestCartDays())));
        if (deleted > 0) {
            log.info("Deleted {} guest carts untouched for {} days", deleted, properties.guestCartDays());
        }
    }
}
