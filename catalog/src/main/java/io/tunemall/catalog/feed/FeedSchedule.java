package io.tunemall.catalog.feed;

import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.catalog.api.ProductsChangedInBulk;
import io.tunemall.platform.integration.IntegrationSwitched;
import io.tunemall.platform.time.ShopClock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * When the feeds are refreshed: products are marked after each catalog commit (the nightly full build catches a mark
 * lost to a crash), refreshed every few minutes on one node, and rebuilt in full when a feed is switched on.
 */
@Component
class FeedSchedule {

    private final FeedRefresh refresh;
    private final PendingProducts pending;
    private final ShopClock clock;

    FeedSchedule(FeedRefresh refresh, PendingProducts pending, ShopClock clock) {
        this.refresh = refresh;
        this.pending = pending;
        this.clock = clock;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void productChanged(ProductChanged change) {
        if (refresh.anyOn()) {
            pending.mark(change.productId(), clock.now());
        }
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void productsChangedInBulk(ProductsChangedInBulk change) {
        if (refresh.anyOn()) {
            pending.markChangedSince(change.changedSince(), clock.now());
        }
    }

    @Async
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void integrationSwitched(IntegrationSwitched switched) {
        if (switched.on()) {
            refresh.rebuild(switched.integrationId());
        }
    }

    @Scheduled(fixedDelayString = "${tunemall.feeds.refresh-every:PT5M}", initialDelayString = "PT2M")
    @SchedulerLock(name = "product-feed-refresh", lockAtMostFor = "PT30M")
    public void refreshChanged() {
        refresh.refreshChanged();
    }

    @Scheduled(cron = "${tunemall.feeds.rebuild-cron:0 40 3 * * *}", zone = "Asia/Seoul")
    @SchedulerLock(name = "product-feed-rebuild", lockAtMostFor = "PT2H")
    public void rebuildNightly() {
        refresh.rebuild(null);
    }
}
