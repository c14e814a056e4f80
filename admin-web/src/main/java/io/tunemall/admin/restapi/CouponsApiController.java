package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.CouponAdministration;
import io.tunemall.platform.error.ShopException;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The owner's coupons in the admin API (scopes {@code coupons:read}/{@code coupons:write}): read them with their
 * issued and used counts, and issue a copy to a member (a CRM app rewarding a customer). Defining coupons stays in
 * the console, where the owner sees the terms in full.
 */
@RestController
@Tag(name = "Admin coupons", description = "Coupons for apps (scopes coupons:read, coupons:write) and staff")
class CouponsApiController {

    private static final String COUPONS = "/api/v1/admin/coupons";

    private final CouponAdministration coupons;

    CouponsApiController(CouponAdministration coupons) {
        this.coupons = coupons;
    }

    @GetMapping(COUPONS)
    @Operation(operationId = "listAdminCoupons", summary = "List coupons",
            description = "Every coupon, newest first, with issued and used counts.")
    @ApiResponse(responseCode = "200", description = "The coupons")
    List<CouponResource> coupons() {
        return coupons.coupons().stream().map(CouponResource::of).toList();
    }

    @GetMapping(COUPONS + "/{id}")
    @Operation(operationId = "getAdminCoupon", summary = "Get a coupon")
    @ApiResponse(responseCode = "200", description = "The coupon")
    @ApiResponse(responseCode = "404", description = "No such coupon")
    CouponResource coupon(@PathVariable long id) {
        return coupons.coupon(id).map(CouponResource::of).orElseThrow(() -> ShopException.notFound("coupon " + id));
    }

    @PostMapping(COUPONS + "/{id}/issues")
    @Operation(operationId = "issueAdminCoupon", summary = "Issue a coupon to a member",
            description = "Gives the member a copy of an active coupon, within its per-member limit. The answer names"
                    + " the copy.")
    @ApiResponse(responseCode = "201", description = "The copy was issued")
    @ApiResponse(responseCode = "400", description = "memberId is missing or not a positive number")
    @ApiResponse(responseCode = "404", description = "No such coupon")
    @ApiResponse(responseCode = "409", description = "The coupon is inactive, or the member holds as many copies as"
            + " allowed")
    ResponseEntity<CouponIssuedResource> issue(@PathVariable long id, @RequestBody @Valid CouponIssueBody body,
            Authentication caller) {
        coupons.coupon(id).orElseThrow(() -> ShopException.notFound("coupon " + id));
        long copy = coupons.issueTo(id, body.memberId(), AdminApiCallers.actor(caller).name());
        return ResponseEntity.created(URI.create(COUPONS + "/" + id)).body(new CouponIssuedResource(id, body.memberId(), copy));
    }
}
