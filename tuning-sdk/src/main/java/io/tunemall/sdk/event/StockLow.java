package io.tunemall.sdk.event;

import java.time.Instant;

/**
 * An order left a SKU at or below the shop's low-stock threshold (it was above before): time to reorder. Published
 * once per crossing, not on every later sale. Delivered after commit, through the outbox, at least once.
 *
 * @param productId the product
 * @param sku the SKU running low
 * @param remaining units left, zero when it sold out
 * @param threshold the shop's low-stock threshold
 * @param at when the stock crossed the threshold
 * @since 1.0.0
 */
public record StockLow(long productId, String sku, int remaining, int threshold, Instant at) {
}
