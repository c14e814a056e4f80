package io.tunemall.apps.api;

import java.time.Instant;

/**
 * One message to one endpoint.
 *
 * @param messageId the {@code webhook-id} header: the same on every attempt and on a replay, for deduplication
 * @param state {@code PENDING} (an attempt is due at {@code nextAttemptAt}), {@code DELIVERED} or {@code FAILED}
 */
public record WebhookDeliveryView(long id, String messageId, long endpointId, String eventType, String payload,
        String state, int attempts, Instant nextAttemptAt, Instant createdAt, Instant deliveredAt) {
}
