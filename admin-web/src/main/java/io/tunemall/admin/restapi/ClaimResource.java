package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.ClaimAction;
import io.tunemall.order.api.ClaimView;
import java.time.Instant;
import java.util.List;

/** A return or exchange as the admin API shows it; amounts in won. */
@Schema(name = "AdminClaim")
record ClaimResource(long id, String orderNumber, String kind, String state, String reason,
        @Schema(types = {"string", "null"}) String message, List<Integer> lineNumbers, long returnFee,
        long refundAmount, Instant requestedAt, @Schema(types = {"string", "null"}) Instant collectedAt,
        @Schema(types = {"string", "null"}) Instant completedAt, @Schema(types = {"string", "null"}) Instant reshippedAt,
        @Schema(types = {"string", "null"}) String decisionNote, List<String> allowedActions) {

    static ClaimResource of(ClaimView claim) {
        return new ClaimResource(claim.id(), claim.orderNumber(), claim.kind().name(), claim.state().name(),
                claim.reason().name(), claim.message(), claim.lineNumbers(), claim.returnFee().won(),
                claim.refundAmount().won(), claim.requestedAt(), claim.collectedAt(), claim.completedAt(),
                claim.reshippedAt(), claim.decisionNote(),
                claim.allowedActions().stream().map(ClaimAction::name).sorted().toList());
    }
}
