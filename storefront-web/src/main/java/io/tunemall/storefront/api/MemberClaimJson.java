package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimState;
import io.tunemall.order.api.ClaimView;
import java.time.Instant;
import java.util.List;

/**
 * A request of the member's about an order: a return or exchange of delivered lines, or a cancel request for an
 * order being prepared ({@code CANCEL}, made by cancelling the order).
 *
 * @param lineNumbers the order's lines it concerns (1-based)
 * @param returnFee the return shipping the member pays (a change of mind), taken from the refund, in won
 * @param refundAmount what a return gives back, in won (0 for an exchange or a cancel request)
 * @param decisionNote the shop's note with its latest decision
 */
@Schema(name = "MemberClaim")
record MemberClaimJson(long id, String orderNumber, ClaimKind kind, ClaimState state, ClaimReason reason,
        @Schema(types = {"string", "null"}) String message, List<Integer> lineNumbers, long returnFee,
        long refundAmount, Instant requestedAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant collectedAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant completedAt,
        @Schema(types = {"string", "null"}) String decisionNote) {

    @Schema(name = "MemberClaimList")
    record ListJson(List<MemberClaimJson> items) {
    }

    /**
     * What the member asks for.
     *
     * @param kind {@code RETURN} or {@code EXCHANGE}
     * @param lines the delivered lines to send back (1-based line numbers)
     * @param reason a change of mind makes the member pay the return shipping
     * @param message the member's words, optional (at most 1,000 characters)
     */
    @Schema(name = "MemberClaimRequest")
    record Form(ClaimKind kind, List<Integer> lines, ClaimReason reason,
            @Schema(types = {"string", "null"}) String message) {
    }

    static MemberClaimJson of(ClaimView claim) {
        return new MemberClaimJson(claim.id(), claim.orderNumber(), claim.kind(), claim.state(), claim.reason(),
                claim.message(), claim.lineNumbers(), claim.returnFee().won(), claim.refundAmount().won(),
                claim.requestedAt(), claim.collectedAt(), claim.completedAt(), claim.decisionNote());
    }
}
