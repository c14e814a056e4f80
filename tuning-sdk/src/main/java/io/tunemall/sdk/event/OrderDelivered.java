package io.tunemall.sdk.event;

import java.time.Instant;

/**
 * An order reached the shopper; purchase confirmation follows, by the shopper or automatically after the shop's
 * period. Delivered after commit, through the outbox, at least once.
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param deliveredAt when it was delivered
 * @since 1.0.0
 */
public record OrderDelivered(String orderNumber, Long memberId, Instant deliveredAt) {
}
