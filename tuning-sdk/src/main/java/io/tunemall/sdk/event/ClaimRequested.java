package io.tunemall.sdk.event;

import java.time.Instant;
import java.util.List;

/**
 * A shopper (or staff on the shopper's behalf) asked to return or exchange delivered lines of an order; staff
 * approve or reject it next. Delivered after commit, through the outbox, at least once: listeners must be idempotent
 * (keyed by {@code claimId}). Webhooks send it as {@code claim.requested}.
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed the order, or null for a guest
 * @param claimId the claim's id, unique in the shop
 * @param kind {@code RETURN} or {@code EXCHANGE}
 * @param lineNumbers the lines claimed (1-based, as the order shows them)
 * @param reason the shopper's reason: {@code CHANGE_OF_MIND}, {@code DEFECTIVE}, {@code WRONG_ITEM},
 *        {@code DAMAGED_IN_TRANSIT} or {@code OTHER}
 * @param initiator who asked
 * @param requestedAt when
 * @since 1.0.0
 */
public record ClaimRequested(String orderNumber, Long memberId, long claimId, String kind, List<Integer> lineNumbers,
        String reason, Initiator initiator, Instant requestedAt) {

    public ClaimRequested {
        lineNumbers = List.copyOf(lineNumbers);
    }
}
