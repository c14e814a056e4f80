package io.tunemall.apps.webhooks;

import io.tunemall.apps.api.AppRejection;
import io.tunemall.apps.api.AppSummary;
import io.tunemall.apps.api.Apps;
import io.tunemall.apps.api.WebhookAttemptView;
import io.tunemall.apps.api.WebhookDeliveryView;
import io.tunemall.apps.api.WebhookEndpointCreated;
import io.tunemall.apps.api.WebhookEndpointView;
import io.tunemall.apps.api.WebhookEventTypes;
import io.tunemall.apps.api.Webhooks;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.time.ShopClock;
import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Webhook endpoints of apps, their deliveries and replays. */
@Service
@EnableConfigurationProperties(WebhookProperties.class)
class WebhookRegistry implements Webhooks {

    private final WebhookStore store;
    private final Apps apps;
    private final AuditTrail audit;
    private final ShopClock clock;
    private final WebhookUrlGuard guard;
    private final SecureRandom random = new SecureRandom();

    WebhookRegistry(WebhookStore store, Apps apps, AuditTrail audit, ShopClock clock, WebhookUrlGuard guard) {
        this.store = store;
        this.guard = guard;
        this.apps = apps;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public WebhookEndpointCreated subscribe(long appId, String url, Set<String> eventTypes) {
        AppSummary app = apps.find(appId).orElseThrow(() -> new AppRejection(404, "app-not-found", "No app " + appId));
        if (!app.active()) {
            throw new AppRejection(409, "app-revoked", "App " + app.name() + " is revoked");
        }
        String target = url == null ? "" : url.trim();
        if (target.length() > 1000) {
            throw new AppRejection(400, "webhook-url", "A webhook URL is at most 1000 characters");
        }
        Optional<String> refused = guard.refusal(target);
        if (refused.isPresent()) {
            throw new AppRejection(400, "webhook-url", refused.get());
        }
        if (eventTypes == null || eventTypes.isEmpty()
                || !eventTypes.stream().allMatch(WebhookEventTypes::known)) {
            throw new AppRejection(400, "webhook-event-types", "Choose one or more of the event types "
                    + WebhookEventTypes.DELIVERED + " " + WebhookEventTypes.RESERVED);
        }
        String secret = WebhookSignature.newSecret(random);
        long id = store.insertEndpoint(appId, target, secret, new TreeSet<>(eventTypes), clock.now());
        audit.record(AuditEntry.action("webhook.subscribed").on("webhook-endpoint", id)
                .summary("Webhook endpoint of " + app.name() + " added").detail("url", target)
                .detail("eventTypes", new TreeSet<>(eventTypes)));
        return new WebhookEndpointCreated(id, secret);
    }

    @Override
    @Transactional
    public void enable(long endpointId) {
        WebhookEndpointView endpoint = endpoint(endpointId);
        store.enable(endpointId);
        store.acknowledge(endpointId, clock.now());
        audit.record(AuditEntry.action("webhook.enabled").on("webhook-endpoint", endpointId)
                .summary("Webhook endpoint " + endpoint.url() + " enabled"));
    }

    @Override
    public List<WebhookEndpointView> endpoints() {
        return store.endpoints();
    }

    @Override
    public List<WebhookEndpointView> disabledUnacknowledged() {
        return store.disabledUnacknowledged();
    }

    @Override
    @Transactional
    public void acknowledgeDisabled(long endpointId) {
        endpoint(endpointId);
        store.acknowledge(endpointId, clock.now());
    }

    @Override
    public List<WebhookDeliveryView> recentDeliveries(Long endpointId, int limit) {
        return store.recentDeliveries(endpointId, limit);
    }

    @Override
    public Optional<WebhookDeliveryView> delivery(long deliveryId) {
        return store.delivery(deliveryId);
    }

    @Override
    public List<WebhookAttemptView> attempts(long deliveryId) {
        return store.attempts(deliveryId);
    }

    @Override
    @Transactional
    public void replay(long deliveryId) {
        WebhookDeliveryView delivery = store.delivery(deliveryId)
                .orElseThrow(() -> new AppRejection(404, "webhook-delivery-not-found", "No delivery " + deliveryId));
        store.replay(deliveryId, clock.now());
        audit.record(AuditEntry.action("webhook.replayed").on("webhook-delivery", deliveryId)
                .summary("Webhook " + delivery.messageId() + " (" + delivery.eventType() + ") queued again"));
    }

    private WebhookEndpointView endpoint(long endpointId) {
        return store.endpoint(endpointId).orElseThrow(
                () -> new AppRejection(404, "webhook-endpoint-not-found", "No webhook endpoint " + endpointId));
    }
}
