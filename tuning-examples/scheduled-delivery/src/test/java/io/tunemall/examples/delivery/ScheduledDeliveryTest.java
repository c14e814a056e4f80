package io.tunemall.examples.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.admin.ModuleSettings;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.event.EventPoints;
import io.tunemall.sdk.event.Initiator;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.order.OrderCandidate;
import io.tunemall.sdk.order.OrderPoints;
import io.tunemall.sdk.order.OrderVerdict;
import io.tunemall.sdk.view.SlotFill;
import io.tunemall.sdk.view.Slots;
import io.tunemall.tuning.testkit.FakeCustomFieldValues;
import io.tunemall.tuning.testkit.FakeModuleContext;
import io.tunemall.tuning.testkit.FakeSettings;
import io.tunemall.tuning.testkit.ModuleHarness;
import io.tunemall.tuning.testkit.TestModuleDatabase;
import io.tunemall.tuning.testkit.TestSlot;
import io.tunemall.tuning.testkit.TuningModuleRules;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class ScheduledDeliveryTest {

    static final String ID = ScheduledDelivery.ID;
    /** 2026-11-23 10:00 in Seoul: tomorrow is the 24th. */
    static final Clock MONDAY = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);

    final FakeSettings settings = new FakeSettings(new DeliverySettings(3, 1, 2, 1, 0, true));
    final ModuleDatabase database = TestModuleDatabase.of(ID);
    final FakeCustomFieldValues fields = new FakeCustomFieldValues(new ScheduledDelivery().customFields());
    final ModuleHarness module = ModuleHarness.of(new ScheduledDelivery(MONDAY), new FakeModuleContext(ID)
            .with(ModuleDatabase.class, database).with(ModuleSettings.class, settings)
            .with(CustomFieldValues.class, fields));

    static OrderCandidate order(boolean placing) {
        return new OrderCandidate(7L, List.of(), Money.won(30_000), Money.won(30_000), "04524", Locale.KOREAN, placing);
    }

    List<OrderVerdict> validate(boolean placing, Map<String, Object> fields) {
        List<OrderVerdict> verdicts = new ArrayList<>();
        module.chain(OrderPoints.VALIDATORS).runAfter(validator -> verdicts.add(validator.validate(order(placing), fields)));
        return verdicts;
    }

    OrderVerdict place(String choice) {
        return validate(true, Map.of(ScheduledDelivery.FIELD, choice)).get(0);
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> picker(Map<String, Object> fields) {
        List<Map<String, Object>> models = module.chain(Slots.point(Slots.CHECKOUT_DELIVERY))
                .collect((SlotFill fill) -> fill.model(TestSlot.of(Slots.CHECKOUT_DELIVERY).fields(fields)));
        return models.get(0);
    }

    @Test
    void the_picker_offers_the_open_days_from_tomorrow_with_each_slots_places_left() {
        place("2026-11-24 오전");

        @SuppressWarnings("unchecked")
        List<DeliveryPicker.Day> days = (List<DeliveryPicker.Day>) picker(Map.of()).get("days");

        assertThat(days).extracting(day -> day.date().toString()).containsExactly("2026-11-24", "2026-11-25", "2026-11-26");
        assertThat(days.get(0).options()).extracting(DeliveryPicker.Option::value, DeliveryPicker.Option::left,
                        DeliveryPicker.Option::open)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("2026-11-24 오전", 1, true),
                        org.assertj.core.groups.Tuple.tuple("2026-11-24 오후", 1, true),
                        org.assertj.core.groups.Tuple.tuple("2026-11-24 저녁", 0, false));
        assertThat(picker(Map.of(ScheduledDelivery.FIELD, "2026-11-25 오후")))
                .containsEntry("chosen", "2026-11-25 오후")
                .containsEntry("input", "custom:examples.scheduled-delivery:delivery");
    }

    @Test
    void a_slot_takes_as_many_orders_as_its_capacity_and_then_refuses_with_the_reason() {
        assertThat(place("2026-11-25 오전").accepted()).isTrue();
        assertThat(place("2026-11-25 오전").accepted()).isTrue();

        OrderVerdict full = place("2026-11-25 오전");
        assertThat(full.accepted()).isFalse();
        assertThat(full.message()).isEqualTo("2026-11-25 오전 배송은 마감되었습니다. 다른 시간대를 선택해 주세요.");
        assertThat(validate(false, Map.of(ScheduledDelivery.FIELD, "2026-11-25 오전")).get(0).accepted())
                .as("the checkout page already says so").isFalse();
        assertThat(place("2026-11-25 오후").accepted()).isTrue();
        assertThat(place("2026-11-25 저녁").accepted()).as("a slot the owner closed").isFalse();
    }

    @Test
    void a_day_outside_the_window_or_no_choice_is_refused_when_placing() {
        assertThat(place("2026-11-23 오전").message()).isEqualTo("선택할 수 없는 배송일입니다: 2026-11-23 오전");
        assertThat(place("2026-11-27 오전").accepted()).isFalse();
        assertThat(validate(false, Map.of()).get(0).accepted()).as("not chosen yet while the page is shown").isTrue();
        assertThat(validate(true, Map.of()).get(0).message()).isEqualTo("희망 배송일과 시간대를 선택해 주세요.");

        settings.save(new DeliverySettings(3, 1, 2, 1, 0, false));
        assertThat(validate(true, Map.of()).get(0).accepted()).as("optional when the owner says so").isTrue();
    }

    @Test
    void checkouts_racing_for_the_last_places_never_overbook() throws Exception {
        settings.save(new DeliverySettings(3, 1, 5, 1, 0, true));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> racers = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                racers.add(() -> place("2026-11-26 오전").accepted());
            }
            long accepted = 0;
            for (Future<Boolean> result : threads.invokeAll(racers)) {
                accepted += result.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(5);
        } finally {
            threads.shutdownNow();
        }
        assertThat(database.queryOne("SELECT booked FROM " + database.table("booking") + " WHERE delivery_day = ?",
                row -> row.integer("booked"), java.time.LocalDate.parse("2026-11-26"))).contains(5L);
    }

    static OrderCancelled cancelled(String orderNumber, boolean wholeOrder) {
        return new OrderCancelled(orderNumber, 7L, wholeOrder, List.of(1), Money.won(30_000), Money.ZERO, true,
                "고객 요청", Initiator.SHOPPER, Instant.parse("2026-11-23T02:00:00Z"));
    }

    List<String> deliver(OrderCancelled event) {
        return module.chain(EventPoints.of(OrderCancelled.class)).runEachContained(listener -> listener.on(event));
    }

    long booked(String day, String slot) {
        return database.queryOne("SELECT booked FROM " + database.table("booking") + " WHERE delivery_day = ? AND "
                + "time_slot = ?", row -> row.integer("booked"), java.time.LocalDate.parse(day), slot).orElse(0L);
    }

    @Test
    void a_cancelled_order_gives_its_place_back_once_however_often_the_cancellation_arrives() {
        assertThat(place("2026-11-24 오전").accepted()).isTrue();
        assertThat(place("2026-11-24 오전").accepted()).isTrue();
        fields.set(EntityType.ORDER, "20261123-000001", ScheduledDelivery.FIELD, "2026-11-24 오전");
        assertThat(booked("2026-11-24", "MORNING")).isEqualTo(2);

        assertThat(deliver(cancelled("20261123-000001", false))).isEmpty();
        assertThat(booked("2026-11-24", "MORNING")).as("lines are left: the order still goes out").isEqualTo(2);

        assertThat(deliver(cancelled("20261123-000001", true))).isEmpty();
        assertThat(deliver(cancelled("20261123-000001", true))).isEmpty();
        assertThat(booked("2026-11-24", "MORNING")).isEqualTo(1);
        assertThat(place("2026-11-24 오전").accepted()).as("the freed place takes an order again").isTrue();

        assertThat(deliver(cancelled("20261123-000099", true))).as("an order without a delivery day").isEmpty();
    }

    @Test
    void a_disabled_module_gives_nothing_back() {
        assertThat(place("2026-11-24 오전").accepted()).isTrue();
        fields.set(EntityType.ORDER, "20261123-000001", ScheduledDelivery.FIELD, "2026-11-24 오전");
        module.disable();

        deliver(cancelled("20261123-000001", true));

        assertThat(booked("2026-11-24", "MORNING")).isEqualTo(1);
    }

    @Test
    void a_disabled_module_refuses_nothing_and_shows_no_picker() {
        module.disable();

        assertThat(validate(true, Map.of())).isEmpty();
        assertThat(module.chain(Slots.point(Slots.CHECKOUT_DELIVERY))
                .collect((SlotFill fill) -> fill.model(TestSlot.of(Slots.CHECKOUT_DELIVERY)))).isEmpty();
    }

    @Test
    void the_module_uses_only_the_sdk() {
        TuningModuleRules.usesOnlyTheSdk("io.tunemall.examples.delivery").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.tunemall.examples.delivery"));
    }
}
