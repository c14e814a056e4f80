package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * The order is paid: the gateway took the money (for a virtual account: the shopper deposited it). Published once per
 * payment, after commit, through the outbox.
 *
 * @param orderNumber the paid order
 * @param gateway the gateway that took it
 * @param paymentKey the gateway's key of the payment
 * @param method how it was paid
 * @param amount the amount taken
 * @param taxFreeAmount the tax-free part of it
 * @param approvedAt when the gateway approved it (or the deposit arrived)
 */
public record PaymentConfirmed(String orderNumber, String gateway, String paymentKey, PaymentMethod method,
        Money amount, Money taxFreeAmount, Instant approvedAt) {
}
