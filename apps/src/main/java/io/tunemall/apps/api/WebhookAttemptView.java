package io.tunemall.apps.api;

import java.time.Instant;

/**
 * One attempt to send a delivery.
 *
 * @param statusCode the receiver's HTTP status, or null when no answer came (refused connection, timeout)
 * @param error what went wrong, or null for a 2xx answer
 */
public record WebhookAttemptView(long id, long deliveryId, Instant attemptedAt, Integer statusCode, String error,
        int durationMs) {
}
