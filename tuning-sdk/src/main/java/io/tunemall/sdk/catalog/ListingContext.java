package io.tunemall.sdk.catalog;

import java.util.Locale;

/**
 * Where a listing is being shown.
 *
 * @param categoryId the category listed, or null for a listing of the whole catalog
 * @param locale the shopper's language
 * @param api true when the listing is served by the storefront REST API rather than a page
 * @since 1.0.0
 */
public record ListingContext(Long categoryId, Locale locale, boolean api) {
}
