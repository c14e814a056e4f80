package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A coupon issued to a member through the API.
 *
 * @param memberCouponId the member's copy of the coupon, which their checkout offers
 */
@Schema(name = "AdminCouponIssued")
record CouponIssuedResource(long couponId, long memberId, long memberCouponId) {
}
