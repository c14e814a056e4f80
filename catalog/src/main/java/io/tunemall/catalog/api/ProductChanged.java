package io.tunemall.catalog.api;

import java.time.Instant;

/**
 * A product was created, edited, re-priced, restocked or removed. Published inside the transaction that made the
 * change; the storefront caches are cleared after it commits, and listeners (search index, feeds, tuning modules)
 * receive it after commit through the outbox.
 */
public record ProductChanged(long productId, Instant changedAt) {
}
