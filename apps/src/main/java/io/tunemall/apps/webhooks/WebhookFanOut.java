package io.tunemall.apps.webhooks;

import io.tunemall.apps.api.WebhookEndpointView;
import io.tunemall.apps.api.WebhookEventTypes;
import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.MemberJoined;
import io.tunemall.sdk.event.OrderCancelled;
import io.tunemall.sdk.event.OrderDelivered;
import io.tunemall.sdk.event.OrderPaid;
import io.tunemall.sdk.event.OrderPlaced;
import io.tunemall.sdk.event.OrderShipped;
import io.tunemall.sdk.event.PaymentCancelled;
import io.tunemall.sdk.event.PaymentConfirmed;
import io.tunemall.sdk.event.StockLow;
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

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", event.orderNumber());
        data.put("memberId", event.memberId());
        data.put("chargedAmount", event.chargedAmount().won());
        data.put("pointsUsed", event.pointsUsed().won());
        data.put("placedAt", event.placedAt().toString());
        queue(WebhookEventTypes.ORDER_CREATED, event.orderNumber(), event.placedAt(), data);
    }

    @ApplicationModuleListener
    void on(OrderPaid event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", event.orderNumber());
        data.put("memberId", event.memberId());
        data.put("paymentId", event.paymentId());
        data.put("amount", event.amount().won());
        data.put("paidAt", event.paidAt().toString());
        queue(WebhookEventTypes.ORDER_PAID, event.orderNumber(), event.paidAt(), data);
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", event.orderNumber());
        data.put("memberId", event.memberId());
        data.put("wholeOrder", event.wholeOrder());
        data.put("lineNumbers", event.lineNumbers());
        data.put("refundAmount", event.refundAmount().won());
        data.put("pointsReturned", event.pointsReturned().won());
        data.put("wasPaid", event.wasPaid());
        data.put("reason", event.reason());
        data.put("initiator", event.initiator().name());
        data.put("cancelledAt", event.cancelledAt().toString());
        queue(WebhookEventTypes.ORDER_CANCELLED, event.orderNumber() + event.lineNumbers() + "@" + event.cancelledAt(),
                event.cancelledAt(), data);
    }

    @ApplicationModuleListener
    void on(OrderShipped event) {
        shipment(event.orderNumber(), event.memberId(), "SHIPPED", event.shippedAt());
    }

    @ApplicationModuleListener
    void on(OrderDelivered event) {
        shipment(event.orderNumber(), event.memberId(), "DELIVERED", event.deliveredAt());
    }

    @ApplicationModuleListener
    void on(StockLow event) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("productId", event.productId());
        data.put("sku", event.sku());
        data.put("remaining", event.remaining());
        data.put("threshold", event.threshold());
        data.put("at", event.at().toString());
        queue(WebhookEventTypes.STOCK_LOW, event.sku() + "@" + event.at(), event.at(), data);
    }

    private void shipment(String orderNumber, Long memberId, String status, Instant at) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("orderNumber", orderNumber);
        data.put("memberId", memberId);
        data.put("status", status);
        data.put("at", at.toString());
        queue(WebhookEventTypes.SHIPMENT_UPDATED, orderNumber + "@" + status, at, data);
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
