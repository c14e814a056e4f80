package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;

/**
 * An order, or some of its lines, was cancelled: their stock is back, and so are the points (and, for a whole order,
 * the coupon). When the order was paid, the payment module refunds {@code refundAmount}. An unpaid order that expired
 * is cancelled by {@link Initiator#SYSTEM} with the reason {@code payment-expired}. Delivered after commit, through the
 * outbox, at least once: listeners must be idempotent (keyed by order number and line numbers).
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param wholeOrder true when nothing of the order is left to deliver
 * @param lineNumbers the lines cancelled now (1-based, as the order shows them)
 * @param refundAmount money to give back now; zero for an order that was not paid
 * @param pointsReturned points given back now
 * @param wasPaid whether the order had been paid
 * @param reason why, as given by whoever cancelled
 * @param initiator who cancelled
 * @param cancelledAt when
 * @since 1.0.0
 */
public record OrderCancelled(String orderNumber, Long memberId, boolean wholeOrder, List<Integer> lineNumbers,
        Money refundAmount, Money pointsReturned, boolean wasPaid, String reason, Initiator initiator,
        Instant cancelledAt) {

    public OrderCancelled {
        lineNumbers = List.copyOf(lineNumbers);
    }
}
