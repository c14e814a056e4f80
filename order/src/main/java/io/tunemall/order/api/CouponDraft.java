package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.Set;

/**
 * A coupon as the owner writes it in the admin form.
 *
 * @param amount the amount off of a {@link CouponKind#FIXED} coupon
 * @param basisPoints the rate of a {@link CouponKind#PERCENT} coupon (1000 = 10 %)
 * @param cap the most a percent coupon takes off, or null for no cap
 * @param minimumAmount the covered items must cost at least this much
 * @param validFrom start of a fixed validity period, or null
 * @param validUntil end (exclusive) of a fixed validity period, or null
 * @param validDays days a copy stays valid from its issue, or null for the fixed period
 * @param perMemberLimit how many copies (so how many uses) one member may have
 * @param totalLimit how many orders may use the coupon in all, or null for no limit
 * @param gradeCode the grade that earns it, for {@link CouponIssueMethod#GRADE}
 * @param combinesWithGrade whether it applies on top of the member's grade discount
 */
public record CouponDraft(String name, CouponKind kind, Money amount, int basisPoints, Money cap, Money minimumAmount,
        Set<Long> productIds, Set<Long> categoryIds, Set<Long> brandIds, Instant validFrom, Instant validUntil,
        Integer validDays, int perMemberLimit, Integer totalLimit, CouponIssueMethod issueMethod, String gradeCode,
        boolean combinesWithGrade) {

    public CouponDraft {
        productIds = productIds == null ? Set.of() : Set.copyOf(productIds);
        categoryIds = categoryIds == null ? Set.of() : Set.copyOf(categoryIds);
        brandIds = brandIds == null ? Set.of() : Set.copyOf(brandIds);
        minimumAmount = minimumAmount == null ? Money.ZERO : minimumAmount;
    }
}
