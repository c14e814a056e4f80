package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A coupon a member holds, as the my-page lists it.
 *
 * @param id the copy's id, which checkout sends as the coupon id
 * @param validUntil null when it never expires
 * @param usedOrderNumber the order it was used on, or null
 */
public record MemberCouponView(long id, String name, CouponKind kind, Money amount, int basisPoints, Money cap,
        Money minimumAmount, Instant validFrom, Instant validUntil, Instant issuedAt, String usedOrderNumber,
        Status status) {

    public enum Status {
        USABLE,
        USED,
        EXPIRED
    }
}
