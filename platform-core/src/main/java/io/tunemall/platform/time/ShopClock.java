package io.tunemall.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.stereotype.Component;

/**
 * The shop's notion of now. Moments are stored as {@link Instant}; the shop's zone (Asia/Seoul by default) is applied
 * only where a person reads a date or where a day boundary matters (order numbers, nightly jobs, consent windows).
 */
@Component
public class ShopClock {

    private final Clock clock;

    public ShopClock(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return clock.instant();
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public ZonedDateTime nowInShopZone() {
        return ZonedDateTime.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
