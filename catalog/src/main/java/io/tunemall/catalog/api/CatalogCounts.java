package io.tunemall.catalog.api;

/** The size of the catalog, for the admin dashboard. */
public record CatalogCounts(long products, long productsOnSale, long categories) {
}
