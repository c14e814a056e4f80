package io.tunemall.examples.delivery;

import io.tunemall.sdk.admin.ModuleSettings;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.event.EventListener;
import io.tunemall.sdk.event.EventPoints;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.order.OrderPoints;
import io.tunemall.sdk.view.SlotFill;
import io.tunemall.sdk.view.Slots;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * 희망 배송일 지정 for food shops: at checkout the shopper picks a delivery day (the next days the owner opens) and a
 * time slot (오전, 오후, 저녁); each slot of a day takes as many orders as the owner set, and a full one cannot be
 * chosen. The choice is checked by an order validator, which takes the place when the order is placed, and is stored
 * with the order as its custom field, shown on the admin order page. A whole order's cancellation gives its place back.
 */
public class ScheduledDelivery implements TuningModule {

    public static final String ID = "examples.scheduled-delivery";
    static final String FIELD = "delivery";

    private final Clock clock;

    public ScheduledDelivery() {
        this(Clock.systemUTC());
    }

    /** For tests: the clock that says which days are open. */
    ScheduledDelivery(Clock clock) {
        this.clock = clock;
    }

    @Override
    public ModuleManifest manifest() {
        return new ModuleManifest(ID, "희망 배송일 지정", "1.0.0", "Tunemall examples", "[1.0,2.0)", Set.of());
    }

    @Override
    public List<CustomField> customFields() {
        return List.of(CustomField.text(EntityType.ORDER, FIELD, "희망 배송일시", "Delivery day and time")
                .maxLength(20).pattern(DeliveryChoice.PATTERN));
    }

    @Override
    public Record defaultSettings() {
        return DeliverySettings.defaults();
    }

    @Override
    public List<Hook<?>> hooks(ModuleContext context) {
        ModuleSettings saved = context.facade(ModuleSettings.class).orElseThrow();
        Supplier<DeliverySettings> settings = () -> saved.current(DeliverySettings.class);
        Bookings bookings = new Bookings(context.facade(ModuleDatabase.class).orElseThrow());
        DeliveryCalendar calendar = new DeliveryCalendar(clock);
        DeliveryPicker picker = new DeliveryPicker(calendar, bookings, settings);
        return List.of(
                Hook.after(ID, OrderPoints.VALIDATORS, new DeliveryValidator(calendar, bookings, settings)),
                Hook.after(ID, Slots.point(Slots.CHECKOUT_DELIVERY), SlotFill.of("picker", "picker", picker::model)),
                Hook.after(ID, EventPoints.of(OrderCancelled.class), (EventListener<OrderCancelled>) new PlaceReturn(
                        context.facade(CustomFieldValues.class).orElseThrow(), bookings)));
    }
}
