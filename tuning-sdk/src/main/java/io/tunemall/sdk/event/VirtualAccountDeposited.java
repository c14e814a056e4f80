package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * The shopper deposited into the order's virtual account. {@link PaymentConfirmed} is published with it.
 *
 * @param orderNumber the order's number
 * @param amount the amount deposited
 * @param depositedAt when the gateway reported it
 * @since 1.0.0
 */
public record VirtualAccountDeposited(String orderNumber, Money amount, Instant depositedAt) {
}
