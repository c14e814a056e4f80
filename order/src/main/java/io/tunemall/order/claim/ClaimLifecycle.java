package io.tunemall.order.claim;

import io.tunemall.order.api.ClaimAction;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimState;
import io.tunemall.order.order.Moves;
import io.tunemall.platform.error.ShopException;
import java.util.Set;

/**
 * The claim state machine: which action may be taken in which state, and where it leads; anything else is refused.
 * A shopper may withdraw until the items are collected; staff may reject a request, or a collection that failed
 * inspection.
 */
final class ClaimLifecycle {

    private static final Moves<ClaimState, ClaimAction> MOVES = new Moves<>(ClaimState.class, ClaimAction.class)
            .move(ClaimState.REQUESTED, ClaimAction.APPROVE, ClaimState.APPROVED)
            .move(ClaimState.REQUESTED, ClaimAction.REJECT, ClaimState.REJECTED)
            .move(ClaimState.REQUESTED, ClaimAction.WITHDRAW, ClaimState.WITHDRAWN)
            .move(ClaimState.APPROVED, ClaimAction.COLLECT, ClaimState.COLLECTED)
            .move(ClaimState.APPROVED, ClaimAction.WITHDRAW, ClaimState.WITHDRAWN)
            .move(ClaimState.COLLECTED, ClaimAction.COMPLETE, ClaimState.COMPLETED)
            .move(ClaimState.COLLECTED, ClaimAction.REJECT, ClaimState.REJECTED);

    private ClaimLifecycle() {
    }

    static Set<ClaimAction> allowed(ClaimState state) {
        return MOVES.allowed(state);
    }

    /**
     * Where the action leads for a claim of this kind: an approved cancel request has nothing to collect, so it is
     * completed at once.
     */
    static ClaimState target(long claimId, ClaimKind kind, ClaimState state, ClaimAction action) {
        ClaimState target = target(claimId, state, action);
        return kind == ClaimKind.CANCEL && target == ClaimState.APPROVED ? ClaimState.COMPLETED : target;
    }

    /** Where the action leads; a 409 problem when the state does not allow it. */
    static ClaimState target(long claimId, ClaimState state, ClaimAction action) {
        return MOVES.target(state, action).orElseThrow(() -> ShopException.conflict("claim-illegal-transition",
                "Claim " + claimId + " is " + state + " and cannot be " + action.name().toLowerCase() + "d"));
    }
}
