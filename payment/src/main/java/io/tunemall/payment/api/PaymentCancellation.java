package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.util.Objects;

/**
 * Giving back all or part of a payment.
 *
 * @param orderNumber the paid order
 * @param amount how much to give back; never more than the balance
 * @param taxFreeAmount how much of that is tax-free; null lets the payment module work it out when it can (an
 *        all-taxable payment, or the whole balance) and refuses otherwise, because only the order knows which lines
 *        are cancelled
 * @param reason why, shown to the shopper by the gateway (at most 200 characters)
 * @param refundAccount where a deposited virtual-account payment is refunded; null for other methods
 * @param idempotencyKey the caller's key for this cancel: sending the same key again returns the first outcome and
 *        gives back nothing more; null gives every call its own key
 */
public record PaymentCancellation(String orderNumber, Money amount, Money taxFreeAmount, String reason,
        RefundAccount refundAccount, String idempotencyKey) {

    public PaymentCancellation {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(reason, "reason");
    }

    public static PaymentCancellation of(String orderNumber, Money amount, String reason) {
        return new PaymentCancellation(orderNumber, amount, null, reason, null, null);
    }
}
