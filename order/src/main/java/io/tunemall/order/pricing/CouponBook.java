package io.tunemall.order.pricing;

import java.time.Instant;
import java.util.Optional;

/**
 * Input of the coupon rule, and where a coupon is spent: the coupons a member holds. Implemented by the glue to the
 * coupon module; a shop without coupons has no bean, and checkout offers none.
 */
public interface CouponBook {

    /** A shop without coupons. */
    CouponBook NONE = new CouponBook() {
        @Override
        public Optional<CouponTerms> usable(long memberId, String couponId, Instant at) {
            return Optional.empty();
        }

        @Override
        public void redeem(long memberId, String couponId, String orderNumber) {
            throw new IllegalStateException("This shop has no coupons; coupon " + couponId + " cannot be redeemed");
        }

        @Override
        public void release(long memberId, String couponId, String orderNumber) {
            throw new IllegalStateException("This shop has no coupons; coupon " + couponId + " cannot be released");
        }
    };

    /** The coupon if the member holds it and may use it now (not used up, not expired), else empty. */
    Optional<CouponTerms> usable(long memberId, String couponId, Instant at);

    /**
     * Spends the coupon on an order, inside the order's transaction: throwing refuses the order (a coupon used up by
     * a concurrent checkout).
     */
    void redeem(long memberId, String couponId, String orderNumber);

    /** Gives the coupon back when its order is cancelled or expires, inside that transaction. */
    void release(long memberId, String couponId, String orderNumber);
}
