package io.tunemall.catalog.api;

import java.util.List;
import java.util.Optional;

/** Product pages for the storefront, and the list of them for sitemaps. */
public interface ProductPages {

    /**
     * A listed product (on sale or sold out) by its id or its slug; a slug wins over an id that reads the same.
     * Cached ({@code CatalogCaches.PRODUCT}) until the catalog changes.
     */
    Optional<ProductDetail> product(String idOrSlug);

    /** Listed products with an id above {@code afterId} and at most {@code upToId}, by id, at most {@code limit}. */
    List<ProductLink> listedProducts(long afterId, long upToId, int limit);

    /** The highest product id in use, 0 when there is none; sitemaps split the id range into files with it. */
    long highestProductId();
}
