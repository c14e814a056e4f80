package io.tunemall.sdk.event;

import java.time.Instant;

/**
 * A payment attempt ended without taking money (declined, expired, or a virtual account never paid).
 *
 * @param orderNumber the order's number
 * @param code the gateway's or the platform's code, e.g. {@code REJECT_CARD_PAYMENT}
 * @param message the message shown to the shopper
 * @param failedAt when it was known
 * @since 1.0.0
 */
public record PaymentFailed(String orderNumber, String code, String message, Instant failedAt) {
}
