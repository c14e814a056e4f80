package io.tunemall.catalog.api;

/** A correction as it was applied: the SKU's stock just before and just after, in the same transaction. */
public record StockAdjusted(long productId, String sku, int before, int after) {
}
