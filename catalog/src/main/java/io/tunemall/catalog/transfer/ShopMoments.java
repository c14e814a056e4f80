package io.tunemall.catalog.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Sale start and end times as owners write them: local times of the shop's zone ({@code 2026-12-01 09:00}), or an
 * ISO moment with an offset. Written back at the second, so an export re-imports to the same moment.
 */
final class ShopMoments {

    private static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final List<DateTimeFormatter> LOCAL = List.of(
            WRITTEN,
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm:ss"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd HH:mm"));
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("yyyy-MM-dd"),
            DateTimeFormatter.ofPattern("yyyy/MM/dd"),
            DateTimeFormatter.ofPattern("yyyy.MM.dd"));

    private final ZoneId zone;

    ShopMoments(ZoneId zone) {
        this.zone = zone;
    }

    Optional<Instant> parse(String text) {
        for (DateTimeFormatter format : LOCAL) {
            try {
                return Optional.of(LocalDateTime.parse(text, format).atZone(zone).toInstant());
            } catch (DateTimeParseException next) {
                // try the next shape
            }
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format).atStartOfDay(zone).toInstant());
            } catch (DateTimeParseException next) {
                // try the next shape
            }
        }
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException notAMoment) {
            return Optional.empty();
        }
    }

    String format(Instant moment) {
        return moment == null ? "" : WRITTEN.format(moment.atZone(zone));
    }

    /** Moments as the format keeps them: to the second. */
    static Instant seconds(Instant moment) {
        return moment == null ? null : moment.truncatedTo(ChronoUnit.SECONDS);
    }
}
