package io.tunemall.order.pricing;

import static io.tunemall.order.pricing.BenefitRulesTest.MEMBER;
import static io.tunemall.order.pricing.BenefitRulesTest.balance;
import static io.tunemall.order.pricing.BenefitRulesTest.fixed;
import static io.tunemall.order.pricing.BenefitRulesTest.holding;
import static io.tunemall.order.pricing.Variants.NOW;
import static io.tunemall.order.pricing.Variants.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.platform.tuning.TuningHookFailed;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.pricing.PricingPoints;
import io.tunemall.sdk.shipping.ShippingFee;
import io.tunemall.shipping.api.ShippingFees;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PricePipelineTest {

    /** The shipping module as a rule of thumb: 3,000 won below 50,000, Jeju 63xxx adds 3,000. */
    static final ShippingFees SHIPPING = request -> new ShippingFee(
            request.goodsAmount().isLessThan(Money.won(50_000)) && !request.shipsFreeByGrade() ? Money.won(3_000) : Money.ZERO,
            request.postalCode() != null && request.postalCode().startsWith("63") ? Money.won(3_000) : Money.ZERO,
            request.postalCode() != null && request.postalCode().startsWith("63") ? "제주" : null);

    static PricingInputs goldMember() {
        return new PricingInputs(member -> Optional.of(new GradeBenefit("GOLD", 500, false)),
                holding(fixed("C3000", 3_000, 0)), balance(10_000));
    }

    static PricePipeline pipeline(PricingInputs inputs, Hook<?>... hooks) {
        return new PricePipeline(inputs, SHIPPING, new HookChains(List.of(hooks), new ModuleSwitches(),
                new SimpleMeterRegistry(), 3));
    }

    static PricingRequest request(Long member, String postalCode, String coupon, long points, PricingItem... items) {
        return new PricingRequest(List.of(items), member, postalCode, coupon, Money.won(points), NOW, Locale.KOREAN);
    }

    @Test
    void every_step_shows_in_the_breakdown_and_adds_up_to_the_final_amount() {
        PriceBreakdown breakdown = pipeline(goldMember()).price(request(MEMBER, "63100", "C3000", 2_000,
                new PricingItem(variant(1, 19_900, 25_000), 2))).breakdown();

        assertThat(breakdown.listAmount()).isEqualTo(Money.won(50_000));
        assertThat(breakdown.saleDiscount()).isEqualTo(Money.won(10_200));
        assertThat(breakdown.itemsAmount()).isEqualTo(Money.won(39_800));
        assertThat(breakdown.gradeDiscount()).isEqualTo(Money.won(1_990));
        assertThat(breakdown.couponDiscount()).isEqualTo(Money.won(3_000));
        assertThat(breakdown.goodsAmount()).isEqualTo(Money.won(34_810));
        assertThat(breakdown.shippingFee()).isEqualTo(Money.won(3_000));
        assertThat(breakdown.remoteAreaSurcharge()).isEqualTo(Money.won(3_000));
        assertThat(breakdown.remoteArea()).isEqualTo("제주");
        assertThat(breakdown.pointsUsed()).isEqualTo(Money.won(2_000));
        assertThat(breakdown.finalAmount()).isEqualTo(Money.won(38_810));
        assertThat(breakdown.addsUp()).isTrue();
    }

    @Test
    void a_guest_pays_items_and_shipping_with_no_benefits() {
        PriceBreakdown breakdown = pipeline(goldMember()).price(request(null, "04524", null, 0,
                new PricingItem(variant(1, 19_900, 25_000), 1))).breakdown();

        assertThat(breakdown.gradeDiscount()).isEqualTo(Money.ZERO);
        assertThat(breakdown.finalAmount()).isEqualTo(Money.won(22_900));
    }

    @Test
    void free_shipping_is_measured_against_the_goods_after_discounts() {
        // 52,000 of items fall below 50,000 after the grade's 5 %, so the base fee is charged.
        PriceBreakdown breakdown = pipeline(goldMember()).price(request(MEMBER, "04524", null, 0,
                new PricingItem(variant(1, 52_000, 52_000), 1))).breakdown();

        assertThat(breakdown.goodsAmount()).isEqualTo(Money.won(49_400));
        assertThat(breakdown.shippingFee()).isEqualTo(Money.won(3_000));
    }

    @Test
    void module_rules_run_before_and_after_the_platforms_discounts_in_declared_order() {
        List<String> seen = new ArrayList<>();
        Hook<?> before = Hook.before("acme.bundle", PricingPoints.PRICE_RULES, order -> {
            seen.add("before: items " + order.itemsAmount().won() + ", goods " + order.orderAmount().won());
            order.discountLine(0, Money.won(1_000), "2개 묶음 할인");
        });
        Hook<?> after = Hook.after("acme.wrap", PricingPoints.PRICE_RULES, order -> {
            seen.add("after: goods " + order.orderAmount().won());
            order.charge(Money.won(2_000), "선물 포장");
        });
        Hook<?> afterFirst = Hook.after("acme.day", PricingPoints.PRICE_RULES, order -> {
            seen.add("after first: goods " + order.orderAmount().won());
            order.discountOrder(Money.won(500), "회원의 날");
        });
        Hook<?> wrapAfterDay = ((Hook<?>) after).orderedAfter("acme.day");

        PriceBreakdown breakdown = pipeline(goldMember(), before, wrapAfterDay, afterFirst).price(request(MEMBER,
                "04524", null, 0, new PricingItem(variant(1, 30_000, 30_000), 2))).breakdown();

        assertThat(seen).containsExactly("before: items 60000, goods 60000", "after first: goods 56050",
                "after: goods 55550");
        assertThat(breakdown.lines().get(0).discounts()).containsExactly(
                new PriceBreakdown.Adjustment("2개 묶음 할인", Money.won(1_000), false));
        assertThat(breakdown.gradeDiscount()).as("5 % of what is left after the bundle discount").isEqualTo(Money.won(2_950));
        assertThat(breakdown.orderAdjustments()).containsExactly(
                new PriceBreakdown.Adjustment("회원의 날", Money.won(500), false),
                new PriceBreakdown.Adjustment("선물 포장", Money.won(2_000), true));
        assertThat(breakdown.finalAmount()).isEqualTo(Money.won(57_550));
        assertThat(breakdown.addsUp()).isTrue();
    }

    @Test
    void a_module_replacing_the_platforms_discounts_runs_instead_of_grade_and_coupon() {
        Hook<?> ownMembership = Hook.replacing("acme.vip", PricingPoints.PRICE_RULES,
                order -> order.discountOrder(Money.won(7_000), "VIP 할인"));

        PriceBreakdown breakdown = pipeline(goldMember(), ownMembership).price(request(MEMBER, "04524", "C3000", 0,
                new PricingItem(variant(1, 60_000, 60_000), 1))).breakdown();

        assertThat(breakdown.gradeDiscount()).isEqualTo(Money.ZERO);
        assertThat(breakdown.couponDiscount()).isEqualTo(Money.ZERO);
        assertThat(breakdown.orderDiscounts()).isEqualTo(Money.won(7_000));
        assertThat(breakdown.finalAmount()).isEqualTo(Money.won(53_000));
    }

    @Test
    void a_module_cannot_discount_an_order_below_zero() {
        Hook<?> greedy = Hook.after("acme.greedy", PricingPoints.PRICE_RULES, order -> {
            order.discountOrder(Money.won(1_000_000), "전부 할인");
            order.discountLine(0, Money.won(1_000_000), "또 할인");
        });

        PriceBreakdown breakdown = pipeline(goldMember(), greedy).price(request(null, null, null, 0,
                new PricingItem(variant(1, 10_000, 10_000), 1))).breakdown();

        assertThat(breakdown.goodsAmount()).isEqualTo(Money.ZERO);
        assertThat(breakdown.finalAmount()).as("only shipping is left").isEqualTo(Money.won(3_000));
        assertThat(breakdown.addsUp()).isTrue();
    }

    @Test
    void a_failing_module_rule_stops_the_pricing_naming_the_module() {
        Hook<?> broken = Hook.before("acme.broken", PricingPoints.PRICE_RULES, order -> {
            throw new IllegalStateException("no rates today");
        });

        assertThatThrownBy(() -> pipeline(goldMember(), broken).price(request(null, null, null, 0,
                new PricingItem(variant(1, 10_000, 10_000), 1))))
                .isInstanceOf(TuningHookFailed.class)
                .hasMessageContaining("acme.broken")
                .hasMessageContaining("no rates today");
    }
}
