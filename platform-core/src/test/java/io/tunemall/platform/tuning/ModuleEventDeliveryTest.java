package io.tunemall.platform.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.EventListener;
import io.tunemall.sdk.event.EventPoints;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.schedule.ScheduledTask;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleEventDeliveryTest {

    static final OrderPaid PAID = new OrderPaid("20261123-000001", 7L, "pay-1", Money.won(10_000),
            Instant.parse("2026-11-23T01:00:00Z"));

    final ModuleSwitches switches = new ModuleSwitches();
    final List<String> heard = new ArrayList<>();

    Hook<EventListener<OrderPaid>> listener(String module, boolean fails) {
        return Hook.after(module, EventPoints.of(OrderPaid.class), (EventListener<OrderPaid>) paid -> {
            heard.add(module + " " + paid.orderNumber());
            if (fails) {
                throw new IllegalStateException("the ERP is down");
            }
        });
    }

    ModuleEventDelivery delivery(Hook<?>... hooks) {
        return new ModuleEventDelivery(new HookChains(List.of(hooks), switches, new SimpleMeterRegistry(), 3));
    }

    @Test
    void every_enabled_listener_hears_the_event_and_a_failure_leaves_it_for_redelivery() {
        ModuleEventDelivery delivery = delivery(listener("vendor.a", true), listener("vendor.b", false));

        assertThatThrownBy(() -> delivery.on(PAID)).hasMessageContaining("[vendor.a]");

        assertThat(heard).as("a failure does not stop the others").containsExactly("vendor.a 20261123-000001",
                "vendor.b 20261123-000001");
    }

    @Test
    void a_listener_failing_again_and_again_switches_its_module_off_and_the_event_then_goes_through() {
        ModuleEventDelivery delivery = delivery(listener("vendor.a", true), listener("vendor.b", false));

        for (int attempt = 0; attempt < 3; attempt++) {
            assertThatThrownBy(() -> delivery.on(PAID)).isInstanceOf(ModuleEventDelivery.ModuleListenersFailed.class);
        }
        assertThat(switches.isEnabled("vendor.a")).isFalse();

        delivery.on(PAID);
    }

    @Test
    void a_disabled_module_hears_nothing() {
        switches.disable("vendor.a");

        delivery(listener("vendor.a", false)).on(PAID);

        assertThat(heard).isEmpty();
    }

    @Test
    void event_points_are_the_same_for_the_same_event_and_only_for_the_sdks_events() {
        assertThat(EventPoints.of(OrderPaid.class)).isEqualTo(EventPoints.of(OrderPaid.class));
        assertThat(EventPoints.of(OrderPaid.class).id()).isEqualTo("event.OrderPaid");
        assertThatThrownBy(() -> EventPoints.of(ModuleSwitchesRecord.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_task_lock_is_named_after_its_module_and_task_and_fits_the_lock_table() {
        ScheduledTask task = new ScheduledTask("monthly-points", "0 0 6 1 * *", () -> { });

        assertThat(ModuleTask.of("examples.employee-mall", task).lockName())
                .isEqualTo("tuning:examples.employee-mall:monthly-points");
        assertThat(ModuleTask.of("a-very-long-vendor-name.with-an-even-longer-module-name", task).lockName())
                .hasSizeLessThanOrEqualTo(64).startsWith("tuning:");
        assertThatThrownBy(() -> new ScheduledTask("Monthly", "0 0 6 1 * *", () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ScheduledTask("monthly", "0 6 1 * *", () -> { }))
                .isInstanceOf(IllegalArgumentException.class);
    }

    record ModuleSwitchesRecord(String name) {
    }
}
