package io.tunemall.payment.api;

import java.time.Instant;

/**
 * A payment attempt ended without taking money: declined, expired at the gateway, or a virtual account that was never
 * paid. The order may begin another attempt or expire.
 *
 * @param orderNumber the order
 * @param code the gateway's or the platform's code
 * @param message the message for the shopper
 * @param failedAt when it was known
 */
public record PaymentFailed(String orderNumber, String code, String message, Instant failedAt) {
}
