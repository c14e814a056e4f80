package io.tunemall.sdk.catalog;

import java.util.Objects;
import java.util.Optional;

/**
 * The search a {@link SearchBooster} is asked about.
 *
 * @param text what the shopper typed, trimmed, never empty
 * @param brandId the brand the shopper filtered by, if any
 * @param categoryId the category the shopper filtered by, if any
 * @since 1.0.0
 */
public record SearchRequest(String text, Optional<Long> brandId, Optional<Long> categoryId) {

    public SearchRequest {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(brandId, "brandId");
        Objects.requireNonNull(categoryId, "categoryId");
    }
}
