package io.tunemall.shipping.fee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.platform.tuning.TuningHookFailed;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.shipping.ShippedItem;
import io.tunemall.sdk.shipping.ShippingFee;
import io.tunemall.sdk.shipping.ShippingPoints;
import io.tunemall.sdk.shipping.ShippingRequest;
import io.tunemall.shipping.api.RemoteArea;
import io.tunemall.shipping.api.ShippingPolicy;
import io.tunemall.shipping.api.ShippingPolicyDraft;
import io.tunemall.shipping.api.ShippingSettings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShippingFeeTest {

    static final ShippingPolicy POLICY = new ShippingPolicy(Money.won(3_000), Money.won(50_000), List.of(
            new RemoteArea("제주", "63000", "63644", Money.won(3_000)),
            new RemoteArea("도서산간 (경북 울릉)", "40200", "40240", Money.won(5_000))), null, null);

    static final ShippingSettings SETTINGS = new ShippingSettings() {
        @Override
        public ShippingPolicy policy() {
            return POLICY;
        }

        @Override
        public ShippingPolicy update(ShippingPolicyDraft draft, String staffName) {
            throw new UnsupportedOperationException();
        }
    };

    static ShippingRequest shipment(String postalCode, long goods, boolean gradeShipsFree) {
        return new ShippingRequest(postalCode, Money.won(goods),
                List.of(new ShippedItem(1, "TEE-BLK-M", 1, Money.won(goods))), gradeShipsFree);
    }

    static FeeQuotes quotes(Hook<?>... hooks) {
        return new FeeQuotes(SETTINGS, new HookChains(List.of(hooks), new ModuleSwitches(), new SimpleMeterRegistry(), 3));
    }

    @Test
    void the_base_fee_is_charged_below_the_threshold_and_waived_from_it() {
        assertThat(PolicyFee.of(POLICY, shipment("04524", 49_999, false))).isEqualTo(new ShippingFee(Money.won(3_000), Money.ZERO, null));
        assertThat(PolicyFee.of(POLICY, shipment("04524", 50_000, false)).total()).isEqualTo(Money.ZERO);
    }

    @Test
    void jeju_and_island_postal_codes_add_their_surcharge_even_when_shipping_is_free() {
        assertThat(PolicyFee.of(POLICY, shipment("63000", 10_000, false)))
                .isEqualTo(new ShippingFee(Money.won(3_000), Money.won(3_000), "제주"));
        assertThat(PolicyFee.of(POLICY, shipment("63644", 80_000, false)))
                .isEqualTo(new ShippingFee(Money.ZERO, Money.won(3_000), "제주"));
        assertThat(PolicyFee.of(POLICY, shipment("63645", 10_000, false)).remoteArea()).isNull();
        assertThat(PolicyFee.of(POLICY, shipment("40240", 10_000, false)).remoteAreaSurcharge()).isEqualTo(Money.won(5_000));
        assertThat(PolicyFee.of(POLICY, shipment(null, 10_000, false)).remoteAreaSurcharge())
                .as("the cart's estimate has no postal code yet").isEqualTo(Money.ZERO);
    }

    @Test
    void nothing_to_ship_costs_nothing() {
        ShippingRequest empty = new ShippingRequest("63000", Money.ZERO, List.of(), false);

        assertThat(PolicyFee.of(POLICY, empty)).isEqualTo(ShippingFee.FREE);
    }

    @Test
    void a_grade_that_ships_free_waives_the_base_fee_but_not_the_surcharge() {
        assertThat(quotes().quote(shipment("63100", 10_000, true)))
                .isEqualTo(new ShippingFee(Money.ZERO, Money.won(3_000), "제주"));
    }

    @Test
    void module_rules_run_before_and_after_the_grades_free_shipping_in_order() {
        List<String> seen = new ArrayList<>();
        Hook<?> bulky = Hook.before("acme.bulky", ShippingPoints.FEE_RULES, (request, fee) -> {
            seen.add("before " + fee.baseFee().won());
            return new ShippingFee(fee.baseFee().plus(Money.won(2_000)), fee.remoteAreaSurcharge(), fee.remoteArea());
        });
        Hook<?> weekend = Hook.after("acme.weekend", ShippingPoints.FEE_RULES, (request, fee) -> {
            seen.add("after " + fee.baseFee().won());
            return fee;
        });

        ShippingFee fee = quotes(bulky, weekend).quote(shipment("04524", 10_000, true));

        assertThat(seen).containsExactly("before 3000", "after 0");
        assertThat(fee.total()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_module_may_replace_the_platforms_adjustment() {
        Hook<?> noGradeShipping = Hook.replacing("acme.strict", ShippingPoints.FEE_RULES, (request, fee) -> fee);

        assertThat(quotes(noGradeShipping).quote(shipment("04524", 10_000, true)).baseFee()).isEqualTo(Money.won(3_000));
    }

    @Test
    void a_failing_or_empty_rule_stops_the_quote_naming_its_module() {
        Hook<?> empty = Hook.after("acme.empty", ShippingPoints.FEE_RULES, (request, fee) -> null);

        assertThatThrownBy(() -> quotes(empty).quote(shipment("04524", 10_000, false)))
                .isInstanceOf(TuningHookFailed.class).hasMessageContaining("acme.empty");
    }
}
