package io.tunemall.catalog.api;

import java.time.Instant;

/** A listed product as a sitemap names it. */
public record ProductLink(long id, String slug, Instant updatedAt) {
}
