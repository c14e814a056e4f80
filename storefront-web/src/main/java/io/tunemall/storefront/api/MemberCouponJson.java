package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.MemberCouponView;
import java.time.Instant;
import java.util.List;

/**
 * A coupon the member holds and can use.
 *
 * @param id what checkout takes as {@code couponId}
 * @param amount the amount off of a {@code FIXED} coupon, in won (0 for a percent coupon)
 * @param basisPoints the rate of a {@code PERCENT} coupon (1000 = 10 %)
 * @param cap the most a percent coupon takes off, in won; null for no cap
 * @param minimumAmount the items it covers must cost at least this much, in won
 * @param validUntil when it stops being usable (exclusive); null when it never expires
 */
@Schema(name = "MemberCoupon")
record MemberCouponJson(long id, String name, CouponKind kind, long amount, int basisPoints,
        @Schema(types = {"integer", "null"}, format = "int64") Long cap, long minimumAmount,
        @Schema(types = {"string", "null"}, format = "date-time") Instant validFrom,
        @Schema(types = {"string", "null"}, format = "date-time") Instant validUntil, Instant issuedAt) {

    @Schema(name = "MemberCouponList")
    record ListJson(List<MemberCouponJson> items) {
    }

    static MemberCouponJson of(MemberCouponView coupon) {
        return new MemberCouponJson(coupon.id(), coupon.name(), coupon.kind(),
                coupon.amount() == null ? 0 : coupon.amount().won(), coupon.basisPoints(),
                coupon.cap() == null ? null : coupon.cap().won(), coupon.minimumAmount().won(), coupon.validFrom(),
                coupon.validUntil(), coupon.issuedAt());
    }
}
