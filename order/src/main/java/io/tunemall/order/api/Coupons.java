package io.tunemall.order.api;

import java.util.List;

/** Coupons on the storefront: the download page, the member's coupons, and the choice at checkout. */
public interface Coupons {

    /** Active download coupons that can still be used; {@code memberId} null for a guest. */
    List<CouponOffer> downloadable(Long memberId);

    /** Issues a download coupon to the member. @throws CouponRejection when not downloadable or already held */
    long download(long memberId, long couponId);

    /** The member's coupons, usable first, then used and expired. */
    List<MemberCouponView> mine(long memberId);

    /**
     * The coupons the member may choose at checkout for the current cart, each with the discount it would give; only
     * coupons that give a discount on this cart (scope, minimum, validity, stacking) are offered.
     */
    List<CouponChoice> choices(CartOwner owner, CheckoutRequest request);
}
