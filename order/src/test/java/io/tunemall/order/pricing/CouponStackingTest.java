package io.tunemall.order.pricing;

import static io.tunemall.order.pricing.BenefitRulesTest.MEMBER;
import static io.tunemall.order.pricing.BenefitRulesTest.holding;
import static io.tunemall.order.pricing.BenefitRulesTest.lines;
import static io.tunemall.order.pricing.BenefitRulesTest.priced;
import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.api.PricingNote;
import io.tunemall.sdk.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A coupon says whether it combines with the grade discount; one that does not leaves the grade discount alone. */
class CouponStackingTest {

    static final GradeBenefits GOLD = member -> Optional.of(new GradeBenefit("GOLD", 500, false));
    static final GradeBenefits NO_DISCOUNT = member -> Optional.of(new GradeBenefit("BASIC", 0, false));

    static CouponTerms coupon(boolean combines) {
        return new CouponTerms("C", "3천원", CouponTerms.Kind.FIXED, Money.won(3_000), 0, null, Money.ZERO, Set.of(),
                Set.of(), Set.of(), null, null, combines);
    }

    @Test
    void a_combining_coupon_applies_after_the_grade_discount() {
        PriceSheet sheet = priced(MEMBER, "C", 0, lines(40_000), new GradeDiscountRule(GOLD),
                new CouponDiscountRule(holding(coupon(true))));

        assertThat(sheet.breakdown().gradeDiscount()).isEqualTo(Money.won(2_000));
        assertThat(sheet.breakdown().couponDiscount()).isEqualTo(Money.won(3_000));
        assertThat(sheet.orderAmount()).isEqualTo(Money.won(35_000));
    }

    @Test
    void a_coupon_that_does_not_combine_is_not_applied_on_top_of_a_grade_discount_and_says_why() {
        PriceSheet sheet = priced(MEMBER, "C", 0, lines(40_000), new GradeDiscountRule(GOLD),
                new CouponDiscountRule(holding(coupon(false))));

        assertThat(sheet.breakdown().gradeDiscount()).isEqualTo(Money.won(2_000));
        assertThat(sheet.breakdown().couponDiscount()).isEqualTo(Money.ZERO);
        assertThat(sheet.couponId()).isNull();
        assertThat(sheet.notes()).containsExactly(new PricingNote("coupon-not-with-grade", List.of()));
    }

    @Test
    void a_coupon_that_does_not_combine_applies_to_a_member_whose_grade_gives_no_discount() {
        PriceSheet sheet = priced(MEMBER, "C", 0, lines(40_000), new GradeDiscountRule(NO_DISCOUNT),
                new CouponDiscountRule(holding(coupon(false))));

        assertThat(sheet.breakdown().couponDiscount()).isEqualTo(Money.won(3_000));
    }
}
