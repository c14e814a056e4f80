package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.Set;

/**
 * A coupon a member holds, as the coupon rule applies it.
 *
 * @param id the coupon's id, as the checkout form sends it
 * @param name what the shopper reads, such as {@code 신규가입 10% 쿠폰}
 * @param kind a fixed amount off, or a percentage
 * @param amount the amount off for {@link Kind#FIXED}; ignored otherwise
 * @param basisPoints the rate for {@link Kind#PERCENT} (1000 = 10 %); ignored otherwise
 * @param cap the most a percent coupon takes off, or null for no cap
 * @param minimumAmount the eligible goods must cost at least this much, or zero
 * @param productIds products it applies to; empty, with the other scopes empty, means every product
 * @param categoryIds categories it applies to
 * @param brandIds brands it applies to
 * @param validFrom first moment it can be used, or null
 * @param validUntil moment it stops being usable (exclusive), or null
 * @param combinesWithGrade whether it applies on top of a grade discount; when not, a member with a grade discount
 *     cannot use it (the grade discount stays)
 */
public record CouponTerms(String id, String name, Kind kind, Money amount, int basisPoints, Money cap,
        Money minimumAmount, Set<Long> productIds, Set<Long> categoryIds, Set<Long> brandIds, Instant validFrom,
        Instant validUntil, boolean combinesWithGrade) {

    public enum Kind {
        FIXED,
        PERCENT
    }

    public CouponTerms {
        productIds = Set.copyOf(productIds);
        categoryIds = Set.copyOf(categoryIds);
        brandIds = Set.copyOf(brandIds);
        minimumAmount = minimumAmount == null ? Money.ZERO : minimumAmount;
        if (kind == Kind.FIXED && amount == null) {
            throw new IllegalArgumentException("A fixed coupon needs an amount: " + id);
        }
        if (kind == Kind.PERCENT && (basisPoints <= 0 || basisPoints > 10_000)) {
            throw new IllegalArgumentException("A percent coupon needs a rate between 0 and 100 %: " + id);
        }
    }

    /** A coupon that combines with a grade discount. */
    public CouponTerms(String id, String name, Kind kind, Money amount, int basisPoints, Money cap, Money minimumAmount,
            Set<Long> productIds, Set<Long> categoryIds, Set<Long> brandIds, Instant validFrom, Instant validUntil) {
        this(id, name, kind, amount, basisPoints, cap, minimumAmount, productIds, categoryIds, brandIds, validFrom,
                validUntil, true);
    }

    /** Whether it applies to a product; a coupon without any scope applies to every product. */
    public boolean covers(long productId, long categoryId, Long brandId) {
        if (productIds.isEmpty() && categoryIds.isEmpty() && brandIds.isEmpty()) {
            return true;
        }
        return productIds.contains(productId) || categoryIds.contains(categoryId)
                || (brandId != null && brandIds.contains(brandId));
    }

    public boolean validAt(Instant moment) {
        return (validFrom == null || !moment.isBefore(validFrom)) && (validUntil == null || moment.isBefore(validUntil));
    }
}
