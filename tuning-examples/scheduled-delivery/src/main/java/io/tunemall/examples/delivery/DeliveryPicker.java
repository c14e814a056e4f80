package io.tunemall.examples.delivery;

import io.tunemall.sdk.view.SlotContext;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** The checkout's day and time picker: every open day with its slots, a full or closed slot shown but not choosable. */
class DeliveryPicker {

    /** One choosable (or not) slot of a day. */
    public record Option(String value, String label, String hours, int left, boolean open) {
    }

    /** A day with its slots. */
    public record Day(LocalDate date, String label, List<Option> options) {
    }

    private final DeliveryCalendar calendar;
    private final Bookings bookings;
    private final Supplier<DeliverySettings> settings;

    DeliveryPicker(DeliveryCalendar calendar, Bookings bookings, Supplier<DeliverySettings> settings) {
        this.calendar = calendar;
        this.bookings = bookings;
        this.settings = settings;
    }

    Map<String, Object> model(SlotContext slot) {
        DeliverySettings current = settings.get();
        List<LocalDate> open = calendar.days(current);
        Map<DeliveryChoice, Integer> booked = bookings.between(open.get(0), open.get(open.size() - 1));
        List<Day> days = new ArrayList<>();
        for (LocalDate date : open) {
            List<Option> options = new ArrayList<>();
            for (TimeSlot time : TimeSlot.values()) {
                DeliveryChoice choice = new DeliveryChoice(date, time);
                int left = Math.max(0, current.capacity(time) - booked.getOrDefault(choice, 0));
                options.add(new Option(choice.value(), time.label(slot.locale()), time.hours(), left, left > 0));
            }
            days.add(new Day(date, date.getMonthValue() + "/" + date.getDayOfMonth() + " ("
                    + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, slot.locale()) + ")", options));
        }
        Object chosen = slot.fields().get(ScheduledDelivery.FIELD);
        return Map.of("days", days, "chosen", chosen == null ? "" : chosen.toString(), "required", current.required(),
                "input", "custom:" + ScheduledDelivery.ID + ":" + ScheduledDelivery.FIELD);
    }
}
