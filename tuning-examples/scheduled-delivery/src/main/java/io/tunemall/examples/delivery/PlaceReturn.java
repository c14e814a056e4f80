package io.tunemall.examples.delivery;

import io.tunemall.sdk.event.EventListener;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;

/**
 * A cancelled order no longer needs its delivery place: the slot it booked takes another order again. Only a whole
 * order's cancellation frees it; an order with lines left still goes out on its day.
 */
class PlaceReturn implements EventListener<OrderCancelled> {

    private final CustomFieldValues fields;
    private final Bookings bookings;

    PlaceReturn(CustomFieldValues fields, Bookings bookings) {
        this.fields = fields;
        this.bookings = bookings;
    }

    @Override
    public void on(OrderCancelled cancelled) {
        if (!cancelled.wholeOrder()) {
            return;
        }
        fields.get(EntityType.ORDER, cancelled.orderNumber(), ScheduledDelivery.FIELD)
                .map(String::valueOf)
                .flatMap(DeliveryChoice::parse)
                .ifPresent(choice -> bookings.giveBack(cancelled.orderNumber(), choice));
    }
}
