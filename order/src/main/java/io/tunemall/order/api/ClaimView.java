package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A return or exchange of some lines of an order.
 *
 * @param returnFee what the shopper pays for the return shipping (a change of mind), deducted from the refund
 * @param refundAmount what a return gives back: the lines' paid shares less the return fee (zero for an exchange)
 * @param decisionNote staff's note with the latest decision (why rejected, what was found on inspection)
 * @param reshippedAt when an exchange's replacement was shipped
 */
public record ClaimView(long id, String orderNumber, ClaimKind kind, ClaimState state, ClaimReason reason,
        String message, List<Integer> lineNumbers, Money returnFee, Money refundAmount, Instant requestedAt,
        Instant collectedAt, Instant completedAt, Instant reshippedAt, String decisionNote,
        Set<ClaimAction> allowedActions) {

    public ClaimView {
        lineNumbers = List.copyOf(lineNumbers);
        allowedActions = Set.copyOf(allowedActions);
    }

    public boolean allows(ClaimAction action) {
        return allowedActions.contains(action);
    }
}
