package io.tunemall.order.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.order.OrderProperties;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.platform.tuning.TuningHookFailed;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.order.OrderCandidate;
import io.tunemall.sdk.order.OrderPoints;
import io.tunemall.sdk.order.OrderValidator;
import io.tunemall.sdk.order.OrderVerdict;
import io.tunemall.sdk.pricing.PricedLine;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrderValidationTest {

    static final OrderProperties LIMIT_5 = new OrderProperties(Duration.ofMinutes(30), Duration.ofDays(7), 200, 5, 50, 30);

    static OrderCandidate jejuOrder(int quantity) {
        PricedLine line = new PricedLine(0, 1, 11, "TENT-L", "텐트", "L", 3, null, quantity, Money.won(90_000),
                Money.won(90_000), Money.won(90_000L * quantity));
        return new OrderCandidate(null, List.of(line), line.amount(), line.amount(), "63100", Locale.KOREAN, true);
    }

    static OrderValidation validation(Hook<?>... hooks) {
        return new OrderValidation(new HookChains(List.of(hooks), new ModuleSwitches(), new SimpleMeterRegistry(), 3),
                LIMIT_5);
    }

    @Test
    void an_order_within_the_limits_and_refused_by_nobody_passes() {
        assertThat(validation().refusals(jejuOrder(2))).isEmpty();
    }

    @Test
    void the_platforms_limit_per_line_refuses_too_many_units() {
        assertThat(validation().refusals(jejuOrder(6))).extracting(CheckoutProblem::arguments)
                .containsExactly(List.of("텐트 L: 5개까지 주문할 수 있습니다."));
    }

    @Test
    void module_validators_run_around_the_platforms_limits_and_every_refusal_is_shown() {
        List<String> ran = new ArrayList<>();
        Hook<?> noJeju = Hook.before("acme.no-jeju", OrderPoints.VALIDATORS, order -> {
            ran.add("before");
            return order.postalCode() != null && order.postalCode().startsWith("63")
                    ? OrderVerdict.refuse("텐트는 제주로 배송하지 않습니다.") : OrderVerdict.accept();
        });
        Hook<?> audit = Hook.after("acme.audit", OrderPoints.VALIDATORS, order -> {
            ran.add("after " + order.placing());
            return OrderVerdict.accept();
        });

        List<CheckoutProblem> refusals = validation(noJeju, audit).refusals(jejuOrder(6));

        assertThat(ran).containsExactly("before", "after true");
        assertThat(refusals).extracting(p -> p.code() + ": " + p.arguments().get(0)).containsExactly(
                "refused: 텐트는 제주로 배송하지 않습니다.", "refused: 텐트 L: 5개까지 주문할 수 있습니다.");
    }

    /** Reads the module's own checkout field: only its own values reach it. */
    static class SlotRequired implements OrderValidator {
        final List<Map<String, Object>> seen = new ArrayList<>();

        @Override
        public OrderVerdict validate(OrderCandidate order) {
            return validate(order, Map.of());
        }

        @Override
        public OrderVerdict validate(OrderCandidate order, Map<String, Object> fields) {
            seen.add(fields);
            return fields.containsKey("slot") ? OrderVerdict.accept() : OrderVerdict.refuse("배송 시간대를 골라 주세요.");
        }
    }

    @Test
    void each_validator_gets_its_own_modules_checkout_fields_and_a_plain_one_ignores_them() {
        SlotRequired slots = new SlotRequired();
        List<String> plain = new ArrayList<>();
        Hook<?> before = Hook.before("acme.slots", OrderPoints.VALIDATORS, slots);
        Hook<?> after = Hook.after("acme.plain", OrderPoints.VALIDATORS, order -> {
            plain.add("called");
            return OrderVerdict.accept();
        });
        Map<String, Map<String, Object>> fields = Map.of("acme.slots", Map.of("slot", "오전"),
                "acme.other", Map.of("slot", "저녁"));

        assertThat(validation(before, after).refusals(jejuOrder(1), fields)).isEmpty();
        assertThat(validation(before, after).refusals(jejuOrder(1), Map.of("acme.other", Map.of("slot", "저녁"))))
                .extracting(p -> p.arguments().get(0)).containsExactly("배송 시간대를 골라 주세요.");
        assertThat(slots.seen).containsExactly(Map.of("slot", "오전"), Map.of());
        assertThat(plain).hasSize(2);
    }

    @Test
    void a_module_may_replace_the_platforms_purchase_limits() {
        Hook<?> bulkBuyers = Hook.replacing("acme.wholesale", OrderPoints.VALIDATORS, order -> OrderVerdict.accept());

        assertThat(validation(bulkBuyers).refusals(jejuOrder(40))).isEmpty();
    }

    @Test
    void a_validator_that_fails_refuses_the_order_naming_its_module() {
        Hook<?> broken = Hook.after("acme.broken", OrderPoints.VALIDATORS, order -> {
            throw new IllegalStateException("age service down");
        });

        assertThatThrownBy(() -> validation(broken).refusals(jejuOrder(1)))
                .isInstanceOf(TuningHookFailed.class).hasMessageContaining("acme.broken").hasMessageContaining("age service down");
    }
}
