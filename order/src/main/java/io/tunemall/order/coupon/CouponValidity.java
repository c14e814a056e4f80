package io.tunemall.order.coupon;

import io.tunemall.order.api.CouponDraft;
import java.time.Duration;
import java.time.Instant;

/** When an issued copy can be used: the coupon's fixed period, or N days from the moment it was issued. */
record CouponValidity(Instant from, Instant until) {

    static CouponValidity of(CouponDraft coupon, Instant issuedAt) {
        if (coupon.validDays() != null) {
            return new CouponValidity(issuedAt, issuedAt.plus(Duration.ofDays(coupon.validDays())));
        }
        return new CouponValidity(coupon.validFrom(), coupon.validUntil());
    }

    /** A copy issued now would already be out of date: issuing it only disappoints the member. */
    boolean over(Instant now) {
        return until != null && !now.isBefore(until);
    }
}
