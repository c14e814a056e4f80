package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.member.api.AccountOverview;
import io.tunemall.member.api.MemberBenefits;
import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.MyAccount;
import io.tunemall.member.api.MyPoints;
import io.tunemall.member.api.PointLedger;
import io.tunemall.order.api.Coupons;
import io.tunemall.order.api.MemberCouponView;
import io.tunemall.platform.error.ShopException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's own account for headless storefronts: the profile with grade and points, changing name and
 * phone, the points history and the coupons the member can use. The same member module services as the my-page, so
 * the same rules apply; a member is recognised by the storefront session (see {@link StorefrontApiSecurity}).
 */
@RestController
@Tag(name = "Storefront member account", description = "The signed-in member's profile, orders, addresses, points"
        + " and coupons")
class StorefrontAccountApi {

    private final SignedInMember member;
    private final MyAccount accounts;
    private final MemberBenefits benefits;
    private final PointLedger points;
    private final MyPoints pointHistory;
    private final Coupons coupons;
    private final MessageSource messages;

    StorefrontAccountApi(SignedInMember member, MyAccount accounts, MemberBenefits benefits, PointLedger points,
            MyPoints pointHistory, Coupons coupons, MessageSource messages) {
        this.member = member;
        this.accounts = accounts;
        this.benefits = benefits;
        this.points = points;
        this.pointHistory = pointHistory;
        this.coupons = coupons;
        this.messages = messages;
    }

    @GetMapping(SignedInMember.ME)
    @Operation(operationId = "getMyProfile", summary = "Read the signed-in member's profile",
            description = "Name, login email (and whether it is verified), phone, grade with its benefits, and the"
                    + " points the member can spend now.")
    @ApiResponse(responseCode = "200", description = "The member")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    MemberProfileJson profile(HttpServletResponse response) {
        return profileOf(member.id(response));
    }

    @PatchMapping(path = SignedInMember.ME, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(operationId = "updateMyProfile", summary = "Change the member's name or phone",
            description = "Fields left out stay as they are. The login email and the password are changed on the"
                    + " storefront's own pages, which ask for the current password.")
    @ApiResponse(responseCode = "200", description = "The member after the change")
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON")
    @ApiResponse(responseCode = "422", description = "Nothing was changed: `errors` names each field and reason"
            + " (`name-required`, `name-too-long`, `phone-required`, `phone-invalid`)")
    MemberProfileJson updateProfile(@RequestBody MemberProfileJson.Changes changes, HttpServletResponse response) {
        long memberId = member.id(response);
        AccountOverview now = accounts.overview(memberId);
        accounts.updateProfile(memberId, changes.name() == null ? now.name() : changes.name(),
                changes.phone() == null ? now.phone() : changes.phone());
        return profileOf(memberId);
    }

    @GetMapping(SignedInMember.ME + "/points")
    @Operation(operationId = "getMyPoints", summary = "Read the member's points and their latest entries",
            description = "The balance, what expires soon, and the latest entries newest first (earned, spent,"
                    + " expired, given back, adjusted by the shop, gift cards).")
    @ApiResponse(responseCode = "200", description = "The points")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "400", description = "limit is not a number from 1 to 100")
    MemberPointsJson points(@Parameter(description = "How many of the latest entries, 1 to 100")
            @RequestParam(defaultValue = "20") int limit, HttpServletResponse response) {
        if (limit < 1 || limit > 100) {
            throw new ShopException(400, "invalid-parameter", "limit must be between 1 and 100");
        }
        return MemberPointsJson.of(pointHistory.statement(member.id(response), 0, limit));
    }

    @GetMapping(SignedInMember.ME + "/coupons")
    @Operation(operationId = "listMyCoupons", summary = "List the coupons the member can use",
            description = "Coupons held and usable now, as checkout offers them; send one's id as `couponId` to"
                    + " `POST /checkout/preview` to see its discount on the cart. Used and expired coupons are left"
                    + " out.")
    @ApiResponse(responseCode = "200", description = "The usable coupons")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    MemberCouponJson.ListJson coupons(HttpServletResponse response) {
        return new MemberCouponJson.ListJson(coupons.mine(member.id(response)).stream()
                .filter(coupon -> coupon.status() == MemberCouponView.Status.USABLE)
                .map(MemberCouponJson::of).toList());
    }

    @ExceptionHandler(MemberRejection.class)
    ResponseEntity<ProblemDetail> rejected(MemberRejection rejected, HttpServletRequest request, Locale locale) {
        return ProblemFields.rejected(rejected, request, messages, locale);
    }

    private MemberProfileJson profileOf(long memberId) {
        return MemberProfileJson.of(accounts.overview(memberId), benefits.of(memberId), points.balance(memberId));
    }
}
