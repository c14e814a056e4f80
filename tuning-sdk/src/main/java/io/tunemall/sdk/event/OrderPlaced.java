package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A shopper placed an order: its stock is taken, the coupon and the points it uses are spent, and it waits for
 * payment. Delivered after the order's transaction commits, through the outbox (at least once: listeners must be
 * idempotent, keyed by the order number).
 *
 * @param orderNumber the order's number, such as {@code 20261123-000123}
 * @param memberId the member who placed it, or null for a guest
 * @param chargedAmount what the shopper is to pay
 * @param pointsUsed points spent on it (zero for a guest)
 * @param couponId the coupon used, or null
 * @param placedAt when it was placed
 * @since 1.0.0
 */
public record OrderPlaced(String orderNumber, Long memberId, Money chargedAmount, Money pointsUsed, String couponId,
        Instant placedAt) {
}
