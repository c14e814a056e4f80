package io.tunemall.sdk.catalog;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the shop's listed products (on sale or sold out), for modules: obtain it with
 * {@code context.facade(CatalogReader.class)}. Answers come from the storefront's caches where they can, so the
 * prices are those in force at the moment of the call. Hidden and draft products are never returned.
 *
 * @since 1.0.0
 */
public interface CatalogReader {

    /** A listed product by id. */
    Optional<ProductView> product(long id);

    /** Listed products carrying the tag, newest first, at most {@code limit} (up to 200). */
    List<ProductView> taggedWith(String tag, int limit);

    /** The product's variants in the owner's order, with their stock now; empty for an unknown product. */
    List<VariantView> variants(long productId);
}
