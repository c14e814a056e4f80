package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.ListedProduct;
import io.tunemall.catalog.api.ProductCard;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;

/** A product in a list, with the price in force at the moment of the request. Amounts are whole won. */
@Schema(name = "ProductSummary")
record ProductSummaryJson(long id, String name, String slug, String url, long price, long listPrice,
        int discountPercent, String currency, @Schema(types = {"string", "null"}) String imageUrl, boolean soldOut,
        @Schema(types = {"string", "null"}) String brand, List<String> tags) {

    static ProductSummaryJson of(ListedProduct product, Instant now, UnaryOperator<String> absolute) {
        return new ProductSummaryJson(product.id(), product.name(), product.slug(),
                absolute.apply(StorefrontProductsApi.productPath(product.slug())), product.pricing().priceAt(now).won(),
                product.pricing().listPrice().won(), product.pricing().discountPercentAt(now), "KRW",
                absolute.apply(product.imageUrl()), product.soldOut(), product.brandSlug(), product.tags());
    }

    /** A search hit: priced when its card was made (search results are cached briefly); brand and tags not carried. */
    static ProductSummaryJson of(ProductCard card, UnaryOperator<String> absolute) {
        return new ProductSummaryJson(card.id(), card.name(), card.slug(),
                absolute.apply(StorefrontProductsApi.productPath(card.slug())), card.price().won(), card.listPrice().won(),
                card.discountPercent(), "KRW", absolute.apply(card.imageUrl()), card.soldOut(), null, List.of());
    }
}
