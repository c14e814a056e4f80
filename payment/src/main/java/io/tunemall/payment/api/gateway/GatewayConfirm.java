package io.tunemall.payment.api.gateway;

import io.tunemall.sdk.Money;

/**
 * @param paymentKey the gateway's key of the approved payment
 * @param orderNumber the order (the gateway's order id)
 * @param amount the amount to take, as the server computed it
 * @param idempotencyKey the same for every retry of this confirm
 */
public record GatewayConfirm(String paymentKey, String orderNumber, Money amount, String idempotencyKey) {
}
