package io.tunemall.sdk.event;

import java.time.Instant;

/**
 * Staff started preparing a paid order for shipping; from now on the shopper can no longer cancel it alone.
 * Delivered after commit, through the outbox, at least once.
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param at when preparing started
 * @since 1.0.0
 */
public record OrderPreparing(String orderNumber, Long memberId, Instant at) {
}
