package io.tunemall.apps.api;

import java.time.Instant;
import java.util.Set;

/**
 * A webhook endpoint of an app.
 *
 * @param disabledReason why the platform stopped sending to it, or null while it is enabled
 */
public record WebhookEndpointView(long id, long appId, String appName, String url, Set<String> eventTypes,
        boolean enabled, Instant disabledAt, String disabledReason, Instant createdAt) {
}
