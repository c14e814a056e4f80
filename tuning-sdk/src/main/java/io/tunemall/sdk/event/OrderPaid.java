package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * An order's payment was confirmed for its full amount; the shop prepares it next. Delivered after commit, through
 * the outbox, at least once.
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param paymentId the payment's id as the payment module knows it
 * @param amount the amount paid, equal to the order's charged amount
 * @param paidAt when the payment was confirmed
 * @since 1.0.0
 */
public record OrderPaid(String orderNumber, Long memberId, String paymentId, Money amount, Instant paidAt) {
}
