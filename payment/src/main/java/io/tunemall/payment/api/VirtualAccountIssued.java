package io.tunemall.payment.api;

import io.tunemall.sdk.Money;

/**
 * The shopper chose a virtual account and it was issued: the order waits for the deposit (tell the shopper where and
 * until when). {@link VirtualAccountDeposited} and {@link PaymentConfirmed} follow when the money arrives.
 *
 * @param orderNumber the order
 * @param amount the amount to deposit
 * @param account where and until when
 */
public record VirtualAccountIssued(String orderNumber, Money amount, VirtualAccount account) {
}
