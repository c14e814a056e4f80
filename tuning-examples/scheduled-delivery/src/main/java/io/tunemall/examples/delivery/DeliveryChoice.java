package io.tunemall.examples.delivery;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;

/**
 * A delivery day and time slot, as stored in the order's custom field: {@code 2026-11-25 오전}, readable as it is on
 * the admin order page.
 */
public record DeliveryChoice(LocalDate day, TimeSlot slot) {

    /** The field's rule: what {@link #parse} accepts. */
    static final String PATTERN = "\\d{4}-\\d{2}-\\d{2} (오전|오후|저녁)";

    public DeliveryChoice {
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(slot, "slot");
    }

    static Optional<DeliveryChoice> parse(String value) {
        if (value == null || !value.matches(PATTERN)) {
            return Optional.empty();
        }
        String[] parts = value.split(" ");
        try {
            LocalDate day = LocalDate.parse(parts[0]);
            return TimeSlot.byKorean(parts[1]).map(slot -> new DeliveryChoice(day, slot));
        } catch (DateTimeParseException notADay) {
            return Optional.empty();
        }
    }

    /** The stored form. */
    public String value() {
        return day + " " + slot.korean();
    }
}
