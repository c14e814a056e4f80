package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;

/**
 * A refund of an order: for a cancellation of lines (or the whole order) or a completed return.
 *
 * @param id the refund's id, for a retry
 * @param claimId the return it pays back, null for a cancellation
 * @param lineNumbers the lines it gives back money for
 * @param attempt how many times it was sent (a retry counts up)
 * @param failureCode why it failed ({@code payment-refund-account-required}, the gateway's code, ...), null otherwise
 */
public record RefundView(long id, Long claimId, Money amount, String reason, List<Integer> lineNumbers,
        RefundState state, int attempt, String failureCode, String failureMessage, Instant createdAt,
        Instant updatedAt) {

    public RefundView {
        lineNumbers = List.copyOf(lineNumbers);
    }

    public boolean retryable() {
        return state == RefundState.FAILED;
    }
}
