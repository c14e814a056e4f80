package io.tunemall.catalog.api;

import java.util.Optional;

/**
 * Category pages and product listings for the storefront. Results are cached ({@code CatalogCaches.LISTING} and
 * {@code MENU}) and cleared by every catalog change; listings reflect sale prices that started or ended within a
 * minute, and the cards resolve their price when rendered.
 */
public interface CategoryListings {

    /** A visible category by its id or its slug (a slug wins over an id that reads the same). */
    Optional<CategoryView> category(String idOrSlug);

    /** One page of listed products matching the query, in its order. */
    ListingPage list(ListingQuery query);

    /** What the category's listed products (with its visible sub-categories') offer to filter by. */
    Facets facets(long categoryId);
}
