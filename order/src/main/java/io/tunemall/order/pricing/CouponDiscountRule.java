package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The coupon the shopper chose takes its discount off the lines it covers: a fixed amount (at most what those lines
 * cost), or a rate rounded down to 10 won and cut to its cap. It applies only when the covered lines reach its minimum
 * and it is valid now, and (for a coupon that does not combine) the member got no grade discount; otherwise a note tells
 * the shopper why not.
 */
final class CouponDiscountRule implements PricingRule {

    private final CouponBook coupons;

    CouponDiscountRule(CouponBook coupons) {
        this.coupons = coupons;
    }

    @Override
    public void apply(PriceSheet sheet) {
        String couponId = sheet.request().couponId();
        if (couponId == null || couponId.isBlank()) {
            return;
        }
        Optional<Long> member = sheet.memberId();
        if (member.isEmpty()) {
            sheet.note("coupon-for-members");
            return;
        }
        Optional<CouponTerms> found = coupons.usable(member.get(), couponId, sheet.pricedAt())
                .filter(terms -> terms.validAt(sheet.pricedAt()));
        if (found.isEmpty()) {
            sheet.note("coupon-unavailable");
            return;
        }
        CouponTerms terms = found.get();
        if (!terms.combinesWithGrade() && !sheet.breakdown().gradeDiscount().isZero()) {
            sheet.note("coupon-not-with-grade");
            return;
        }
        Set<Integer> covered = sheet.sheetLines().stream()
                .filter(line -> terms.covers(line.variant().productId(), line.variant().categoryId(), line.variant().brandId()))
                .map(SheetLine::index).collect(Collectors.toSet());
        Money eligible = sheet.sheetLines().stream().filter(line -> covered.contains(line.index()))
                .map(SheetLine::amount).reduce(Money.ZERO, Money::plus);
        if (eligible.isZero()) {
            sheet.note("coupon-no-eligible-item");
            return;
        }
        if (eligible.isLessThan(terms.minimumAmount())) {
            sheet.note("coupon-minimum", terms.minimumAmount().won());
            return;
        }
        sheet.couponDiscount(discount(terms, eligible), terms.id(), terms.name(), covered);
    }

    static Money discount(CouponTerms terms, Money eligible) {
        if (terms.kind() == CouponTerms.Kind.FIXED) {
            return terms.amount().min(eligible);
        }
        Money rate = eligible.percent(terms.basisPoints()).roundedDownTo(10);
        return terms.cap() == null ? rate : rate.min(terms.cap());
    }
}
