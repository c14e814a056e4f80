package io.tunemall.sdk.catalog;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;

/**
 * The catalog's extension points. Their ids never change; each contract's Javadoc says when it runs, what it may
 * change, its ordering and its failure policy.
 *
 * <pre>{@code
 * public List<Hook<?>> hooks(ModuleContext context) {
 *     return List.of(Hook.after(context.moduleId(), CatalogPoints.PRODUCT_DETAIL, new SizeGuide()));
 * }
 * }</pre>
 *
 * @since 1.0.0
 */
public final class CatalogPoints {

    /** Blocks added to a product page; see {@link ProductDetailContributor}. */
    public static final ExtensionPoint<ProductDetailContributor> PRODUCT_DETAIL = new ExtensionPoint<>(
            "catalog.product-detail", ProductDetailContributor.class, FailurePolicy.SKIP_AND_LOG,
            "Adds content blocks to a product page, on every request for it; a failing contributor's blocks are left out.");

    /** Products hidden from listings; see {@link ListingFilter}. */
    public static final ExtensionPoint<ListingFilter> LISTING_FILTER = new ExtensionPoint<>(
            "catalog.listing-filter", ListingFilter.class, FailurePolicy.SKIP_AND_LOG,
            "Hides products from category listings and the storefront product API; a failing filter shows everything.");

    /** Weights added to relevance-ordered searches; see {@link SearchBooster}. */
    public static final ExtensionPoint<SearchBooster> SEARCH_BOOSTER = new ExtensionPoint<>(
            "catalog.search-booster", SearchBooster.class, FailurePolicy.SKIP_AND_LOG,
            "Lifts matching products in relevance-ordered searches; a failing booster's boosts are discarded.");

    private CatalogPoints() {
    }
}
