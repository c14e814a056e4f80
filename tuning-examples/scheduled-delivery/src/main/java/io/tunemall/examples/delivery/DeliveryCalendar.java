package io.tunemall.examples.delivery;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

/** The days a shopper may book, counted in the shop's time zone from today. */
class DeliveryCalendar {

    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Seoul");

    private final Clock clock;

    DeliveryCalendar(Clock clock) {
        this.clock = clock;
    }

    List<LocalDate> days(DeliverySettings settings) {
        LocalDate first = LocalDate.now(clock.withZone(SHOP_ZONE)).plusDays(settings.leadDays());
        return Stream.iterate(first, day -> day.plusDays(1)).limit(settings.days()).toList();
    }
}
