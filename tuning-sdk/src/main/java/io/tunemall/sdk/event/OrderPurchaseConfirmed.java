package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * The shopper confirmed the purchase (구매확정), or the shop's period after delivery passed. The sale is final: points
 * are earned on it, and returns are no longer possible. Delivered after commit, through the outbox, at least once.
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param confirmedAmount what the shopper paid and kept: the charged amount less refunds
 * @param initiator {@link Initiator#SHOPPER} or {@link Initiator#SYSTEM} (automatic confirmation)
 * @param confirmedAt when the purchase was confirmed
 * @since 1.0.0
 */
public record OrderPurchaseConfirmed(String orderNumber, Long memberId, Money confirmedAmount, Initiator initiator,
        Instant confirmedAt) {
}
