package io.tunemall.sdk.catalog;

import java.util.List;
import java.util.Locale;

/**
 * Adds content blocks to a product page: size guides, delivery notes, reviews from another system, a campaign banner.
 *
 * <p><b>When it runs:</b> on every request for a product page ({@code /products/{id-or-slug}}), after the product has
 * been read (from the cache) and before the page is rendered. It is not called for the storefront REST API, and its
 * result is not cached, so it may depend on the moment and the shopper's language; it must be quick (cache anything
 * slow yourself) and safe to call from many threads at once.
 *
 * <p><b>What it may change:</b> nothing but the blocks it returns. The product's data, prices and the rest of the page
 * are not its to change.
 *
 * <p><b>How to attach:</b> a {@link io.tunemall.sdk.extension.Hook} on {@link CatalogPoints#PRODUCT_DETAIL}, placed
 * {@code BEFORE} (blocks above the platform's own blocks) or {@code AFTER} (below them). A {@code REPLACE} hook is
 * not called: the product page itself is not a module's to replace (override its template instead).
 *
 * <p><b>Ordering:</b> contributors run in the modules' declared order ({@code orderedAfter}), otherwise by module id;
 * their blocks appear on the page in that order. A block whose name an earlier block already used is dropped.
 *
 * <p><b>Failure policy:</b> {@link io.tunemall.sdk.extension.FailurePolicy#SKIP_AND_LOG SKIP_AND_LOG}. An exception
 * thrown by {@link #contribute} (or a null list) is logged with the module and the product, and that contributor's
 * blocks are left out of this page; the page itself and the other contributors' blocks are still shown. A shopper
 * never sees an error page because of a contributor. A module failing call after call is switched off.
 *
 * @since 1.0.0
 */
public interface ProductDetailContributor {

    /**
     * The blocks to add to this product's page.
     *
     * @param product the product being shown
     * @param locale the shopper's language (Korean or English)
     * @return the blocks, possibly none; never null
     */
    List<ContentBlock> contribute(ProductView product, Locale locale);
}
