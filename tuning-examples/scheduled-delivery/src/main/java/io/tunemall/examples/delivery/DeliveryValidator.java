package io.tunemall.examples.delivery;

import io.tunemall.sdk.order.OrderCandidate;
import io.tunemall.sdk.order.OrderValidator;
import io.tunemall.sdk.order.OrderVerdict;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Checks the chosen delivery slot: one of the days open for booking, a slot the shop runs, with a place left. When the
 * order is placed it takes the place, in the order's transaction.
 */
class DeliveryValidator implements OrderValidator {

    private final DeliveryCalendar calendar;
    private final Bookings bookings;
    private final Supplier<DeliverySettings> settings;

    DeliveryValidator(DeliveryCalendar calendar, Bookings bookings, Supplier<DeliverySettings> settings) {
        this.calendar = calendar;
        this.bookings = bookings;
        this.settings = settings;
    }

    /** Without the checkout's fields nothing was chosen: fine while the page is shown, refused when required. */
    @Override
    public OrderVerdict validate(OrderCandidate order) {
        return validate(order, Map.of());
    }

    @Override
    public OrderVerdict validate(OrderCandidate order, Map<String, Object> fields) {
        DeliverySettings current = settings.get();
        Locale locale = order.locale();
        Object value = fields.get(ScheduledDelivery.FIELD);
        if (value == null) {
            return order.placing() && current.required()
                    ? OrderVerdict.refuse(text(locale, "희망 배송일과 시간대를 선택해 주세요.", "Please choose a delivery day and time."))
                    : OrderVerdict.accept();
        }
        Optional<DeliveryChoice> parsed = DeliveryChoice.parse(value.toString());
        if (parsed.isEmpty() || !calendar.days(current).contains(parsed.get().day())) {
            return OrderVerdict.refuse(text(locale, "선택할 수 없는 배송일입니다: " + value,
                    "That delivery day cannot be chosen: " + value));
        }
        DeliveryChoice choice = parsed.get();
        int capacity = current.capacity(choice.slot());
        boolean free = order.placing() ? capacity > 0 && bookings.take(choice, capacity)
                : bookings.booked(choice) < capacity;
        return free ? OrderVerdict.accept() : OrderVerdict.refuse(text(locale,
                choice.day() + " " + choice.slot().korean() + " 배송은 마감되었습니다. 다른 시간대를 선택해 주세요.",
                choice.day() + " " + choice.slot().label(locale) + " is fully booked. Please choose another time."));
    }

    private static String text(Locale locale, String korean, String english) {
        return "ko".equals(locale.getLanguage()) ? korean : english;
    }
}
