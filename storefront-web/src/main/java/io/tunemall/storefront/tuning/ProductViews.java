package io.tunemall.storefront.tuning;

import io.tunemall.catalog.api.ListedProduct;
import io.tunemall.catalog.api.ProductDetail;
import io.tunemall.sdk.catalog.ProductView;
import java.time.Instant;

/** The SDK's view of a product, with the prices in force at the moment of the request. */
public final class ProductViews {

    private ProductViews() {
    }

    public static ProductView of(ProductDetail product, Instant now) {
        return new ProductView(product.id(), product.slug(), product.name(),
                product.brand() == null ? null : product.brand().slug(), product.categoryId(),
                product.pricing().priceAt(now), product.pricing().listPrice(), product.soldOut(), product.tags());
    }

    public static ProductView of(ListedProduct product, Instant now) {
        return new ProductView(product.id(), product.slug(), product.name(), product.brandSlug(), product.categoryId(),
                product.pricing().priceAt(now), product.pricing().listPrice(), product.soldOut(), product.tags());
    }
}
