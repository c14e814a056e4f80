package io.tunemall.order.api;

/**
 * A coupon on the storefront's coupon page.
 *
 * @param downloadable whether this member may still download it (always true for a guest, who must log in first)
 */
public record CouponOffer(long couponId, CouponDraft terms, boolean downloadable) {
}
