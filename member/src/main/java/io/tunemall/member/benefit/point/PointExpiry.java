package io.tunemall.member.benefit.point;

import io.tunemall.member.api.PointExpiryRun;
import io.tunemall.member.benefit.BenefitsProperties;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Expires the unspent rest of every entry past its date, every night shortly after midnight in the shop's zone and
 * on one node only (ShedLock). Members are handled a batch per transaction, each under their own balance lock, so
 * a shopper spending points meanwhile waits at most for their own member.
 */
@Component
class PointExpiry {

    private static final Logger log = LoggerFactory.getLogger(PointExpiry.class);
    private static final String LOCK = "point-expiry";

    private final PointStore store;
    private final PointAccounts accounts;
    private final ShopClock clock;
    private final TransactionTemplate transaction;
    private final LockingTaskExecutor locks;
    private final int batchSize;

    PointExpiry(PointStore store, PointAccounts accounts, ShopClock clock, PlatformTransactionManager transactions,
            LockProvider lockProvider, BenefitsProperties properties) {
        this.store = store;
        this.accounts = accounts;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.batchSize = properties.points().expiryBatchSize();
    }

    /** A few minutes at least, so a node whose clock is behind does not run the night's job a second time. */
    @Scheduled(cron = "${tunemall.benefits.points.expire-cron:0 10 0 * * *}", zone = "${tunemall.time-zone:Asia/Seoul}")
    void nightly() {
        PointExpiryRun run = run(Duration.ofMinutes(5));
        log.info("Point expiry: {} points of {} members expired{}", run.expired().won(), run.members(),
                run.ran() ? "" : " (skipped: another node was running it)");
    }

    PointExpiryRun run(Duration lockAtLeast) {
        try {
            LockingTaskExecutor.TaskResult<PointExpiryRun> result = locks.executeWithLock(this::expireAll,
                    new LockConfiguration(clock.now(), LOCK, Duration.ofHours(2), lockAtLeast));
            return result.wasExecuted() ? result.getResult() : new PointExpiryRun(false, 0, Money.ZERO);
        } catch (Throwable failure) {
            throw new IllegalStateException("Point expiry failed", failure);
        }
    }

    private PointExpiryRun expireAll() {
        Instant now = clock.now();
        long after = Long.MIN_VALUE;
        long members = 0;
        long points = 0;
        List<Long> batch;
        while (!(batch = store.membersWithOverdue(now, after, batchSize)).isEmpty()) {
            List<Long> ids = batch;
            points += transaction.execute(status -> ids.stream()
                    .mapToLong(id -> accounts.openExisting(id).map(PointAccount::expiredOnOpening).orElse(0L))
                    .sum());
            members += ids.size();
            after = ids.get(ids.size() - 1);
        }
        return new PointExpiryRun(true, members, Money.won(points));
    }
}
