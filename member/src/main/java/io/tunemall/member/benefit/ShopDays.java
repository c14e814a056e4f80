package io.tunemall.member.benefit;

import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/**
 * Points and gift cards are valid "through" a day as shoppers read it in the shop's zone; the database stores the
 * first moment they are no longer valid (00:00 of the next day in that zone), so comparisons are plain instants.
 */
@Component
public class ShopDays {

    private final ShopClock clock;

    public ShopDays(ShopClock clock) {
        this.clock = clock;
    }

    /** The first moment after the given day, in the shop's zone. */
    public Instant endOf(LocalDate lastValidDay) {
        return lastValidDay.plusDays(1).atStartOfDay(clock.zone()).toInstant();
    }

    /** The last valid day of something that stops being valid at the given moment. */
    public LocalDate lastDayBefore(Instant end) {
        return end.minusNanos(1).atZone(clock.zone()).toLocalDate();
    }

    /** The day a moment falls on in the shop's zone. */
    public LocalDate dayOf(Instant moment) {
        return moment.atZone(clock.zone()).toLocalDate();
    }

    /** The start of the given day in the shop's zone. */
    public Instant startOf(LocalDate day) {
        return day.atStartOfDay(clock.zone()).toInstant();
    }

    public LocalDate today() {
        return clock.today();
    }

    public Instant now() {
        return clock.now();
    }
}
