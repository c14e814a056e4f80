package io.tunemall.catalog.browse;

import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.catalog.api.ProductLink;
import io.tunemall.catalog.api.ProductPages;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Product pages from the cache, and the id-ordered product list sitemaps are written from. */
@Service
class CatalogProductPages implements ProductPages {

    private final ProductDetails details;

    CatalogProductPages(ProductDetails details) {
        this.details = details;
    }

    @Override
    public Optional<ProductDetail> product(String idOrSlug) {
        return details.find(idOrSlug);
    }

    @Override
    public List<ProductLink> listedProducts(long afterId, long upToId, int limit) {
        return details.links(afterId, upToId, limit);
    }

    @Override
    public long highestProductId() {
        return details.highestId();
    }
}
