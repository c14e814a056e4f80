package io.tunemall.catalog.api;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A product as a listing holds it in the cache: its pricing keeps the sale window, so the card shows the price in
 * force when the page is rendered ({@link #cardAt(Instant)}).
 *
 * @param brandSlug the brand's slug, or null
 * @param tags the product's tags, sorted
 */
public record ListedProduct(long id, String name, String slug, long categoryId, String brandSlug, Pricing pricing,
        String imageUrl, boolean soldOut, List<String> tags) implements Serializable {

    public ListedProduct {
        tags = List.copyOf(tags);
    }

    /** The card a listing shows at the given moment. */
    public ProductCard cardAt(Instant moment) {
        return new ProductCard(id, name, slug, pricing.priceAt(moment), pricing.listPrice(), imageUrl, soldOut);
    }
}
