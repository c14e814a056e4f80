package io.tunemall.sdk.catalog;

/**
 * Hides products from listings: age-restricted goods, products not sold in a region, a private collection.
 *
 * <p><b>When it runs:</b> on every request for a category listing page ({@code /categories/{id-or-slug}}) and for the
 * storefront REST API's product list ({@code GET /api/v1/storefront/products}), once per product on the requested
 * page, after the page has been read (from the cache) and before it is shown. It must be quick and safe to call from
 * many threads at once.
 *
 * <p><b>What it may change:</b> only whether a product is shown. A hidden product leaves a gap on its page (the page
 * shows fewer products); the page numbers, the total and the facet counts are those of the catalog and do not change,
 * because they are cached for every shopper. A hidden product stays reachable at its own address: to take a product
 * off the shop, the owner changes its status.
 *
 * <p><b>How to attach:</b> a {@link io.tunemall.sdk.extension.Hook} on {@link CatalogPoints#LISTING_FILTER}, placed
 * {@code BEFORE} or {@code AFTER} (the platform has no filter of its own, so both run the same; a {@code REPLACE} hook
 * is not called).
 *
 * <p><b>Ordering:</b> filters run in the modules' declared order ({@code orderedAfter}), otherwise by module id; a
 * product is shown only if every filter shows it, and the first filter that hides it ends the check.
 *
 * <p><b>Failure policy:</b> {@link io.tunemall.sdk.extension.FailurePolicy#SKIP_AND_LOG SKIP_AND_LOG}. A filter that
 * throws (or takes longer than hooks may) is logged and counts as showing that product: a broken filter never empties
 * the shop. Its failures are counted against its module, shown in admin, and a module
 * failing call after call is switched off.
 *
 * @since 1.0.0
 */
public interface ListingFilter {

    /**
     * @param product a product on the requested page
     * @param context where it is being listed
     * @return true to show the product, false to hide it
     */
    boolean shows(ProductView product, ListingContext context);
}
