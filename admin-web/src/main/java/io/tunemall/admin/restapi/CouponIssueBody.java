package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** Which member gets a copy of the coupon. */
@Schema(name = "AdminCouponIssue")
record CouponIssueBody(@NotNull @Positive Long memberId) {
}
