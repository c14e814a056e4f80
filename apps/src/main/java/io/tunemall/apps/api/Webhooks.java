package io.tunemall.apps.api;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Webhook endpoints of apps and what was sent to them, for the admin console. Every change is audited. */
public interface Webhooks {

    /**
     * Subscribes an endpoint of the app to event types.
     *
     * @throws AppRejection for a revoked app, a URL that is not http(s) or an unknown event type
     */
    WebhookEndpointCreated subscribe(long appId, String url, Set<String> eventTypes);

    /** Sends to a disabled endpoint again, from the next event or due retry on. */
    void enable(long endpointId);

    /** Every endpoint, of every app. */
    List<WebhookEndpointView> endpoints();

    /** Endpoints the platform disabled after they kept failing, that the owner has not acknowledged yet. */
    List<WebhookEndpointView> disabledUnacknowledged();

    void acknowledgeDisabled(long endpointId);

    /** The most recent deliveries (to one endpoint, or to all when {@code endpointId} is null), newest first. */
    List<WebhookDeliveryView> recentDeliveries(Long endpointId, int limit);

    Optional<WebhookDeliveryView> delivery(long deliveryId);

    List<WebhookAttemptView> attempts(long deliveryId);

    /** Sends a delivery again, with the same {@code webhook-id}, as soon as the sender next runs. */
    void replay(long deliveryId);
}
