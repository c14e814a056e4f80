package io.tunemall.order.api;

import java.util.List;
import java.util.Objects;

/**
 * A shopper's (or staff's, on the shopper's behalf) request to return or exchange delivered lines.
 *
 * @param lineNumbers 1-based, each a delivered line not already in a claim
 * @param message the shopper's words, optional (at most 1,000 characters)
 */
public record ClaimRequest(String orderNumber, ClaimKind kind, List<Integer> lineNumbers, ClaimReason reason,
        String message) {

    public ClaimRequest {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reason, "reason");
        lineNumbers = List.copyOf(lineNumbers);
        message = message == null || message.isBlank() ? null : message.strip();
    }
}
