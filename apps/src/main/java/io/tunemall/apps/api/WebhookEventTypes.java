package io.tunemall.apps.api;

import java.util.List;

/**
 * The event types an app may subscribe to, as named in the payload's {@code type}. {@code claim.requested} is
 * reserved: endpoints may subscribe to it now and receive it once claims publish their event. Payload shapes are
 * documented in docs/api.md.
 */
public final class WebhookEventTypes {

    public static final String MEMBER_JOINED = "member.joined";
    public static final String PAYMENT_CONFIRMED = "payment.confirmed";
    public static final String PAYMENT_CANCELLED = "payment.cancelled";
    public static final String PRODUCT_UPDATED = "product.updated";
    public static final String ORDER_CREATED = "order.created";
    public static final String ORDER_PAID = "order.paid";
    public static final String ORDER_CANCELLED = "order.cancelled";
    public static final String SHIPMENT_UPDATED = "shipment.updated";
    public static final String STOCK_LOW = "stock.low";

    /** Delivered today. */
    public static final List<String> DELIVERED = List.of(MEMBER_JOINED, PAYMENT_CONFIRMED, PAYMENT_CANCELLED,
            PRODUCT_UPDATED, ORDER_CREATED, ORDER_PAID, ORDER_CANCELLED, SHIPMENT_UPDATED, STOCK_LOW);

    /** Accepted in subscriptions, delivered once their domain publishes them. */
    public static final List<String> RESERVED = List.of("claim.requested");

    public static boolean known(String type) {
        return DELIVERED.contains(type) || RESERVED.contains(type);
    }

    private WebhookEventTypes() {
    }
}
