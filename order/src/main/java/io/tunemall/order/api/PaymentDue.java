package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * What an order asks to be paid, as the server computed it when the order was placed.
 *
 * @param expiresAt when the unpaid order is cancelled, or null when it is no longer waiting
 */
public record PaymentDue(String orderNumber, String orderName, Money amount, OrderState state, Instant expiresAt) {
}
