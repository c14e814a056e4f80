package io.tunemall.order.api;

/**
 * Where an order is in its life. The allowed moves:
 * <pre>
 * PAYMENT_PENDING ─► PAID ─► PREPARING ─► SHIPPED ─► DELIVERED ─► PURCHASE_CONFIRMED
 *        │            │          │
 *        └────────────┴──────────┴─► CANCELLED
 * </pre>
 * Lines of a paid order can be cancelled one by one until it ships; cancelling its last line cancels the order.
 * Returns and exchanges (claims) start from DELIVERED and are tracked per line.
 */
public enum OrderState {
    /** Placed, stock taken, waiting for the payment; expires after the shop's payment timeout. */
    PAYMENT_PENDING,
    PAID,
    PREPARING,
    SHIPPED,
    DELIVERED,
    PURCHASE_CONFIRMED,
    CANCELLED
}
