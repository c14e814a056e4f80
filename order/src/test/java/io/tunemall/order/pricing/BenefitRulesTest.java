package io.tunemall.order.pricing;

import static io.tunemall.order.pricing.Variants.NOW;
import static io.tunemall.order.pricing.Variants.variant;
import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.Pricing;
import io.tunemall.order.api.PricingNote;
import io.tunemall.sdk.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BenefitRulesTest {

    static final long MEMBER = 42;

    /** A member's coupon book holding exactly the given coupons. */
    static CouponBook holding(CouponTerms... coupons) {
        return new CouponBook() {
            @Override
            public Optional<CouponTerms> usable(long memberId, String couponId, Instant at) {
                return memberId == MEMBER ? List.of(coupons).stream().filter(c -> c.id().equals(couponId)).findFirst()
                        : Optional.empty();
            }

            @Override
            public void redeem(long memberId, String couponId, String orderNumber) {
            }

            @Override
            public void release(long memberId, String couponId, String orderNumber) {
            }
        };
    }

    static PointsWallet balance(long won) {
        return new PointsWallet() {
            @Override
            public Money balance(long memberId) {
                return memberId == MEMBER ? Money.won(won) : Money.ZERO;
            }

            @Override
            public void spend(long memberId, Money amount, String orderNumber) {
            }

            @Override
            public void refund(long memberId, Money amount, String orderNumber) {
            }
        };
    }

    static CouponTerms fixed(String id, long amount, long minimum) {
        return new CouponTerms(id, "정액 " + amount, CouponTerms.Kind.FIXED, Money.won(amount), 0, null,
                Money.won(minimum), Set.of(), Set.of(), Set.of(), null, null);
    }

    static CouponTerms percent(String id, int basisPoints, Long cap) {
        return new CouponTerms(id, "정률 " + basisPoints, CouponTerms.Kind.PERCENT, null, basisPoints,
                cap == null ? null : Money.won(cap), Money.ZERO, Set.of(), Set.of(), Set.of(), null, null);
    }

    /** Lines priced, then the given rules, in order. */
    static PriceSheet priced(Long member, String coupon, long points, List<PricingItem> items, PricingRule... rules) {
        PriceSheet sheet = new PriceSheet(new PricingRequest(items, member, null, coupon, Money.won(points), NOW,
                Locale.KOREAN));
        new ListPriceRule().apply(sheet);
        new TimedSaleRule().apply(sheet);
        new OptionPriceRule().apply(sheet);
        for (PricingRule rule : rules) {
            rule.apply(sheet);
        }
        return sheet;
    }

    static List<PricingItem> lines(long... prices) {
        return java.util.stream.IntStream.range(0, prices.length)
                .mapToObj(i -> new PricingItem(variant(i + 1, prices[i], prices[i]), 1)).toList();
    }

    @Test
    void a_grade_takes_its_rate_off_the_items_rounded_down_to_ten_won() {
        GradeBenefits gold = member -> Optional.of(new GradeBenefit("GOLD", 300, true));

        PriceSheet sheet = priced(MEMBER, null, 0, lines(33_333, 10_001), new GradeDiscountRule(gold));

        // 3 % of 43,334 is 1,300.02: 1,300 after dropping the won below ten.
        assertThat(sheet.breakdown().gradeDiscount()).isEqualTo(Money.won(1_300));
        assertThat(sheet.breakdown().gradeName()).isEqualTo("GOLD");
        assertThat(sheet.shipsFreeByGrade()).isTrue();
        assertThat(sheet.orderAmount()).isEqualTo(Money.won(42_034));
    }

    @Test
    void a_guest_gets_no_grade_discount_even_when_a_grade_module_is_there() {
        GradeBenefits everybodyGold = member -> Optional.of(new GradeBenefit("GOLD", 1000, true));

        PriceSheet sheet = priced(null, null, 0, lines(50_000), new GradeDiscountRule(everybodyGold));

        assertThat(sheet.breakdown().gradeDiscount()).isEqualTo(Money.ZERO);
        assertThat(sheet.shipsFreeByGrade()).isFalse();
    }

    @Test
    void a_fixed_coupon_takes_its_amount_but_never_more_than_the_covered_lines_cost() {
        PriceSheet small = priced(MEMBER, "C5000", 0, lines(12_000), new CouponDiscountRule(holding(fixed("C5000", 5_000, 0))));
        PriceSheet large = priced(MEMBER, "C50000", 0, lines(12_000), new CouponDiscountRule(holding(fixed("C50000", 50_000, 0))));

        assertThat(small.breakdown().couponDiscount()).isEqualTo(Money.won(5_000));
        assertThat(small.breakdown().couponName()).isEqualTo("정액 5000");
        assertThat(large.breakdown().couponDiscount()).isEqualTo(Money.won(12_000));
        assertThat(large.finalAmount()).isEqualTo(Money.ZERO);
    }

    @Test
    void a_percent_coupon_rounds_down_to_ten_won_and_stops_at_its_cap() {
        PriceSheet uncapped = priced(MEMBER, "P10", 0, lines(45_678), new CouponDiscountRule(holding(percent("P10", 1000, null))));
        PriceSheet capped = priced(MEMBER, "P10", 0, lines(245_678), new CouponDiscountRule(holding(percent("P10", 1000, 20_000L))));

        assertThat(uncapped.breakdown().couponDiscount()).isEqualTo(Money.won(4_560));
        assertThat(capped.breakdown().couponDiscount()).isEqualTo(Money.won(20_000));
    }

    @Test
    void a_coupon_below_its_minimum_does_not_apply_and_says_why() {
        PriceSheet sheet = priced(MEMBER, "MIN", 0, lines(29_000), new CouponDiscountRule(holding(fixed("MIN", 3_000, 30_000))));

        assertThat(sheet.breakdown().couponDiscount()).isEqualTo(Money.ZERO);
        assertThat(sheet.notes()).containsExactly(new PricingNote("coupon-minimum", List.of("30000")));
    }

    @Test
    void a_coupon_scoped_to_a_brand_applies_to_that_brands_lines_only() {
        CouponTerms brandCoupon = new CouponTerms("B", "브랜드 20%", CouponTerms.Kind.PERCENT, null, 2000, null,
                Money.ZERO, Set.of(), Set.of(), Set.of(9L), null, null);
        List<PricingItem> items = List.of(
                new PricingItem(variant(1, 101, 7, 9L, Pricing.regular(Money.won(30_000), Money.won(30_000)), 0), 1),
                new PricingItem(variant(2, 102, 7, 8L, Pricing.regular(Money.won(70_000), Money.won(70_000)), 0), 1));

        PriceSheet sheet = priced(MEMBER, "B", 0, items, new CouponDiscountRule(holding(brandCoupon)));

        assertThat(sheet.breakdown().couponDiscount()).isEqualTo(Money.won(6_000));
        List<LineShares> shares = sheet.shares();
        assertThat(shares.get(0).discount()).as("the brand's line carries the whole coupon").isEqualTo(Money.won(6_000));
        assertThat(shares.get(1).discount()).isEqualTo(Money.ZERO);
    }

    @Test
    void an_expired_coupon_and_a_guests_coupon_do_not_apply() {
        CouponTerms expired = new CouponTerms("OLD", "지난 쿠폰", CouponTerms.Kind.FIXED, Money.won(1_000), 0, null,
                Money.ZERO, Set.of(), Set.of(), Set.of(), null, NOW.minus(Duration.ofSeconds(1)));

        PriceSheet late = priced(MEMBER, "OLD", 0, lines(10_000), new CouponDiscountRule(holding(expired)));
        PriceSheet guest = priced(null, "OLD", 0, lines(10_000), new CouponDiscountRule(holding(expired)));

        assertThat(late.breakdown().couponDiscount()).isEqualTo(Money.ZERO);
        assertThat(late.notes()).extracting(PricingNote::code).containsExactly("coupon-unavailable");
        assertThat(guest.notes()).extracting(PricingNote::code).containsExactly("coupon-for-members");
    }

    @Test
    void points_pay_at_most_the_balance_and_at_most_what_is_left_to_pay() {
        PriceSheet overBalance = priced(MEMBER, null, 5_000, lines(20_000), new PointsRule(balance(3_000)));
        PriceSheet overAmount = priced(MEMBER, null, 30_000, lines(20_000), new PointsRule(balance(100_000)));
        PriceSheet fine = priced(MEMBER, null, 2_500, lines(20_000), new PointsRule(balance(3_000)));

        assertThat(overBalance.pointsUsed()).isEqualTo(Money.won(3_000));
        assertThat(overBalance.notes()).containsExactly(new PricingNote("points-over-balance", List.of("3000")));
        assertThat(overAmount.pointsUsed()).isEqualTo(Money.won(20_000));
        assertThat(overAmount.finalAmount()).isEqualTo(Money.ZERO);
        assertThat(overAmount.notes()).containsExactly(new PricingNote("points-over-amount", List.of("20000")));
        assertThat(fine.pointsUsed()).isEqualTo(Money.won(2_500));
        assertThat(fine.finalAmount()).isEqualTo(Money.won(17_500));
    }

    @Test
    void a_guest_has_no_points_to_use() {
        PriceSheet sheet = priced(null, null, 1_000, lines(20_000), new PointsRule(balance(100_000)));

        assertThat(sheet.pointsUsed()).isEqualTo(Money.ZERO);
        assertThat(sheet.notes()).extracting(PricingNote::code).containsExactly("points-for-members");
    }

    @Test
    void without_benefit_modules_a_member_pays_the_items_and_nothing_is_taken_off() {
        PriceSheet sheet = priced(MEMBER, "ANY", 1_000, lines(20_000), new GradeDiscountRule(GradeBenefits.NONE),
                new CouponDiscountRule(CouponBook.NONE), new PointsRule(PointsWallet.NONE));

        assertThat(sheet.finalAmount()).isEqualTo(Money.won(20_000));
        assertThat(sheet.notes()).extracting(PricingNote::code).containsExactly("coupon-unavailable", "points-over-balance");
    }
}
