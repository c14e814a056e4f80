package io.tunemall.order.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.sdk.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Whatever the prices, benefits and points, the pipeline's amounts stay sound. */
class PricingPropertiesTest {

    record Line(long listPrice, long price, Long salePrice, long option, int quantity) {
    }

    @Provide
    Arbitrary<List<Line>> lines() {
        Arbitrary<Line> line = Combinators.combine(
                Arbitraries.longs().between(0, 2_000_000),
                Arbitraries.integers().between(0, 100),
                Arbitraries.integers().between(0, 100),
                Arbitraries.longs().between(0, 50_000),
                Arbitraries.integers().between(1, 99),
                Arbitraries.of(true, false)).as((list, pricePercent, salePercent, option, quantity, onSale) -> {
                    long price = list * pricePercent / 100;
                    return new Line(list, price, onSale ? price * salePercent / 100 : null, option, quantity);
                });
        return line.list().ofMinSize(1).ofMaxSize(8);
    }

    @Property(tries = 400)
    void amounts_are_never_negative_and_the_breakdown_adds_up_to_the_final_amount(
            @ForAll("lines") List<Line> lines,
            @ForAll @IntRange(min = 0, max = 10_000) int gradeRate,
            @ForAll @LongRange(min = 0, max = 3_000_000) long fixedCoupon,
            @ForAll @IntRange(min = 1, max = 10_000) int couponRate,
            @ForAll boolean percentCoupon,
            @ForAll @LongRange(min = 0, max = 5_000_000) long points,
            @ForAll @LongRange(min = 0, max = 5_000_000) long balance,
            @ForAll @LongRange(min = 0, max = 200_000) long moduleDiscount,
            @ForAll @LongRange(min = 0, max = 20_000) long moduleCharge,
            @ForAll boolean member) {
        CouponTerms coupon = percentCoupon
                ? new CouponTerms("C", "쿠폰", CouponTerms.Kind.PERCENT, null, couponRate, Money.won(fixedCoupon),
                        Money.ZERO, Set.of(), Set.of(), Set.of(), null, null)
                : new CouponTerms("C", "쿠폰", CouponTerms.Kind.FIXED, Money.won(fixedCoupon), 0, null, Money.ZERO,
                        Set.of(), Set.of(), Set.of(), null, null);
        PricingInputs inputs = new PricingInputs(m -> Optional.of(new GradeBenefit("G", gradeRate, false)),
                BenefitRulesTest.holding(coupon), BenefitRulesTest.balance(balance));
        io.tunemall.sdk.extension.Hook<?> module = io.tunemall.sdk.extension.Hook.after("acme.any",
                io.tunemall.sdk.pricing.PricingPoints.PRICE_RULES, order -> {
                    order.discountLine(order.lines().size() - 1, Money.won(moduleDiscount), "줄 할인");
                    order.discountOrder(Money.won(moduleDiscount), "주문 할인");
                    order.charge(Money.won(moduleCharge), "포장");
                });
        List<PricingItem> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Pricing pricing = new Pricing(Money.won(line.price()), Money.won(line.listPrice()),
                    line.salePrice() == null ? null : Money.won(line.salePrice()), null, null);
            items.add(new PricingItem(Variants.variant(i + 1, pricing, line.option()), line.quantity()));
        }

        PriceSheet sheet = PricePipelineTest.pipeline(inputs, module).price(PricePipelineTest.request(
                member ? BenefitRulesTest.MEMBER : null, "63001", "C", points, items.toArray(PricingItem[]::new)));
        PriceBreakdown breakdown = sheet.breakdown();

        assertThat(breakdown.addsUp()).isTrue();
        assertThat(breakdown.finalAmount().won()).isGreaterThanOrEqualTo(0);
        assertThat(breakdown.goodsAmount().won()).isGreaterThanOrEqualTo(0);
        assertThat(breakdown.lines()).allSatisfy(line -> assertThat(line.amount().won()).isGreaterThanOrEqualTo(0));
        assertThat(breakdown.pointsUsed()).isLessThanOrEqualTo(member ? Money.won(Math.min(points, balance)) : Money.ZERO);
        List<LineShares> shares = sheet.shares();
        long sharedDiscounts = shares.stream().mapToLong(s -> s.discount().won()).sum();
        long sharedPoints = shares.stream().mapToLong(s -> s.points().won()).sum();
        assertThat(sharedDiscounts).as("lines never carry more discount than was given")
                .isLessThanOrEqualTo(breakdown.gradeDiscount().plus(breakdown.couponDiscount())
                        .plus(breakdown.orderDiscounts()).won());
        assertThat(sharedPoints).isLessThanOrEqualTo(breakdown.pointsUsed().won());
        for (int i = 0; i < shares.size(); i++) {
            assertThat(shares.get(i).discount().plus(shares.get(i).points()))
                    .as("a line never gives back more than it cost").isLessThanOrEqualTo(breakdown.lines().get(i).amount());
        }
    }
}
