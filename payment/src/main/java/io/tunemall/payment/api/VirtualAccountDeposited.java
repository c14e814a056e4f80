package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * The shopper deposited into the virtual account (the gateway's callback, verified). {@link PaymentConfirmed} is
 * published with it.
 *
 * @param orderNumber the order
 * @param amount the amount deposited
 * @param depositedAt when the gateway reported it
 */
public record VirtualAccountDeposited(String orderNumber, Money amount, Instant depositedAt) {
}
