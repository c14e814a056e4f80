package io.tunemall.apps.webhooks;

import io.tunemall.apps.api.WebhookEndpointView;
import io.tunemall.apps.api.WebhookEventTypes;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.MemberJoined;
import io.tunemall.sdk.event.PaymentCancelled;
import io.tunemall.sdk.event.PaymentConfirmed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns domain events into webhook deliveries, one per subscribed endpoint. It runs from the outbox after the event's
 * transaction committed, and its own inserts commit together with the outbox marking the event done; an event the
 * outbox hands over again (after a crash) finds its deliveries already queued, because the message id is derived
 * from the event itself.
 */
@Component
class WebhookFanOut {

    /** The payload version: bumped only for a breaking change of a payload (docs/api.md). */
    static final int PAYLOAD_VERSION = 1;

    private final WebhookStore store;
    private final JsonMapper json;
    private final ShopClock clock;

    WebhookFanOut(WebhookStore store, JsonMapper json, ShopClock clock) {
        this.store = store;
        this.json = json;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MemberJoined event) {
        queue(WebhookEventTypes.MEMBER_JOINED, String.valueOf(event.memberId()), event.joinedAt(),
                Map.of("memberId", event.memberId(), "joinedAt", event.joinedAt().toString()));
    }

    @ApplicationModuleListener
    void on(PaymentConfirmed event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", event.orderNumber());
        data.put("amount", event.amount().won());
        data.put("taxFreeAmount", event.taxFreeAmount().won());
        data.put("method", event.method());
        data.put("approvedAt", event.approvedAt().toString());
        queue(WebhookEventTypes.PAYMENT_CONFIRMED, event.orderNumber() + "@" + event.approvedAt(), event.approvedAt(),
                data);
    }

    @ApplicationModuleListener
    void on(PaymentCancelled event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", event.orderNumber());
        data.put("amount", event.amount().won());
        data.put("taxFreeAmount", event.taxFreeAmount().won());
        data.put("remaining", event.remaining().won());
        data.put("fullyCancelled", event.fullyCancelled());
        data.put("cancelledAt", event.cancelledAt().toString());
        queue(WebhookEventTypes.PAYMENT_CANCELLED, event.orderNumber() + "@" + event.cancelledAt(), event.cancelledAt(),
                data);
    }

    @ApplicationModuleListener
    void on(ProductChanged event) {
        queue(WebhookEventTypes.PRODUCT_UPDATED, event.productId() + "@" + event.changedAt(), event.changedAt(),
                Map.of("productId", event.productId(), "changedAt", event.changedAt().toString()));
    }

    private void queue(String type, String eventKey, Instant happenedAt, Map<String, Object> data) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("type", type);
        payload.put("version", PAYLOAD_VERSION);
        payload.put("timestamp", happenedAt.toString());
        payload.put("data", data);
        String body = json.writeValueAsString(payload);
        String messageId = messageId(type, eventKey);
        Instant now = clock.now();
        for (WebhookEndpointView endpoint : store.subscribers(type)) {
            store.insertDelivery(messageId, endpoint.id(), type, body, now);
        }
    }

    static String messageId(String type, String eventKey) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((type + "|" + eventKey).getBytes(StandardCharsets.UTF_8));
            return "msg_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
