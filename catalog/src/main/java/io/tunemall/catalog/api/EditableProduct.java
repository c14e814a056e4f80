package io.tunemall.catalog.api;

import java.time.Instant;
import java.util.List;

/**
 * A stored product as the edit form starts from: its current state as a draft, the images with their URLs, and the
 * version the form sends back so that an edit made meanwhile by someone else is not overwritten.
 */
public record EditableProduct(long id, long version, ProductDraft draft, List<StoredImage> images, Instant createdAt,
        Instant updatedAt) {
}
