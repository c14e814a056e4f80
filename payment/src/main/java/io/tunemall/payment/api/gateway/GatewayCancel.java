package io.tunemall.payment.api.gateway;

import io.tunemall.payment.api.RefundAccount;
import io.tunemall.sdk.Money;

/**
 * @param paymentKey the gateway's key of the payment
 * @param orderNumber the order
 * @param amount how much to give back
 * @param taxFreeAmount the tax-free part of it
 * @param reason why (shown to the shopper)
 * @param refundAccount for a deposited virtual account, the shopper's account; else null
 * @param idempotencyKey the same for every retry of this cancel
 */
public record GatewayCancel(String paymentKey, String orderNumber, Money amount, Money taxFreeAmount, String reason,
        RefundAccount refundAccount, String idempotencyKey) {
}
