package io.tunemall.apps.credentials;

import io.tunemall.platform.time.ShopClock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Deletes expired access tokens once an hour (on one node), so the token table holds only live tokens. */
@Component
class ExpiredTokenSweep {

    private final TokenStore tokens;
    private final ShopClock clock;

    ExpiredTokenSweep(TokenStore tokens, ShopClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "app-token-sweep", lockAtMostFor = "PT10M")
    public void sweep() {
        tokens.removeExpired(clock.now());
    }
}
