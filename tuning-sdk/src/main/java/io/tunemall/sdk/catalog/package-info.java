/**
 * Extension points of the catalog: how products are found ({@link io.tunemall.sdk.catalog.SearchBooster}) and shown
 * (blocks added to product pages by {@link io.tunemall.sdk.catalog.ProductDetailContributor}, products hidden from
 * listings by {@link io.tunemall.sdk.catalog.ListingFilter}). A tuning module implements one and attaches it as a
 * {@link io.tunemall.sdk.extension.Hook} to the matching point of {@link io.tunemall.sdk.catalog.CatalogPoints}.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.catalog;
