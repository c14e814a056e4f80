package io.tunemall.catalog.api;

import java.util.List;

/** Read access to the catalog for the storefront, the admin console and other modules. */
public interface CatalogQueries {

    /** The visible top-level categories with their visible children, in the owner's order. */
    List<CategorySummary> categoryMenu();

    /** The newest products on sale, newest first. */
    List<ProductCard> newArrivals(int limit);

    CatalogCounts counts();
}
