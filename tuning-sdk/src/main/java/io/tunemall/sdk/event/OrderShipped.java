package io.tunemall.sdk.event;

import java.time.Instant;

/**
 * An order left the warehouse. Delivered after commit, through the outbox, at least once.
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param shippedAt when it was handed to the carrier
 * @since 1.0.0
 */
public record OrderShipped(String orderNumber, Long memberId, Instant shippedAt) {
}
