package io.tunemall.platform.web.idempotency;

import io.tunemall.platform.time.ShopClock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes idempotency keys past their 24 hours, once an hour on one node. */
@Component
class IdempotencySweep {

    private final IdempotencyRecords records;
    private final ShopClock clock;

    IdempotencySweep(IdempotencyRecords records, ShopClock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT7M")
    @SchedulerLock(name = "idempotency-key-sweep", lockAtMostFor = "PT10M")
    public void sweep() {
        records.removeExpired(clock.now());
    }
}
