package io.tunemall.apps.api;

import java.util.List;

/**
 * The event types an app may subscribe to, as named in the payload's {@code type}. The {@code order.*}, claim and
 * shipment names are reserved: endpoints may subscribe to them now and receive them once the order domain publishes
 * its events. Payload shapes are documented in docs/api.md.
 */
public final class WebhookEventTypes {

    public static final String MEMBER_JOINED = "member.joined";
    public static final String PAYMENT_CONFIRMED = "payment.confirmed";
    public static final String PAYMENT_CANCELLED = "payment.cancelled";
    public static final String PRODUCT_UPDATED = "product.updated";

    /** Delivered today. */
    public static final List<String> DELIVERED = List.of(MEMBER_JOINED, PAYMENT_CONFIRMED, PAYMENT_CANCELLED,
            PRODUCT_UPDATED);

    /** Accepted in subscriptions, delivered once their domain publishes them. */
    public static final List<String> RESERVED = List.of("order.created", "order.paid", "order.cancelled",
            "claim.requested", "shipment.updated", "stock.low");

    public static boolean known(String type) {
        return DELIVERED.contains(type) || RESERVED.contains(type);
    }

    private WebhookEventTypes() {
    }
}
