package io.tunemall.order.api;

import io.tunemall.sdk.event.Initiator;
import java.time.Instant;
import java.util.List;

/**
 * One change in an order's history.
 *
 * @param from the state before, null for the placing
 * @param lineNumbers the lines a partial cancellation concerned, empty otherwise
 */
public record OrderHistoryEntry(Instant at, String action, OrderState from, OrderState to, Initiator initiator,
        String actorName, String reason, List<Integer> lineNumbers) {

    public OrderHistoryEntry {
        lineNumbers = List.copyOf(lineNumbers);
    }
}
