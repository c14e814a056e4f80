package io.tunemall.examples.delivery;

import java.util.Locale;
import java.util.Optional;

/** The shop's delivery time slots of a day, as the shopper picks them. */
public enum TimeSlot {
    MORNING("오전", "Morning", "09:00–12:00"),
    AFTERNOON("오후", "Afternoon", "13:00–17:00"),
    EVENING("저녁", "Evening", "18:00–21:00");

    private final String korean;
    private final String english;
    private final String hours;

    TimeSlot(String korean, String english, String hours) {
        this.korean = korean;
        this.english = english;
        this.hours = hours;
    }

    /** The name stored in the order's field, Korean as the shop's staff read it. */
    public String korean() {
        return korean;
    }

    public String label(Locale locale) {
        return "ko".equals(locale.getLanguage()) ? korean : english;
    }

    public String hours() {
        return hours;
    }

    static Optional<TimeSlot> byKorean(String name) {
        for (TimeSlot slot : values()) {
            if (slot.korean.equals(name)) {
                return Optional.of(slot);
            }
        }
        return Optional.empty();
    }
}
