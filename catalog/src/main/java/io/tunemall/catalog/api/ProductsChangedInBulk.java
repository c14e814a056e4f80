package io.tunemall.catalog.api;

import java.time.Instant;

/**
 * Many products changed in one transaction (a bulk import): one coarse signal instead of one {@link ProductChanged}
 * per product, so caches are cleared once and the outbox is not flooded. Every product the transaction changed has
 * {@code updated_at} at or after {@code changedSince}; listeners that keep per-product state (the search index)
 * re-read those products.
 */
public record ProductsChangedInBulk(Instant changedSince, Instant changedAt, int products) {
}
