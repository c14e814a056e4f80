package io.tunemall.sdk.catalog;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * A listed product as extension points see it, read-only. Prices are those in force at the moment of the request
 * (a running timed sale included).
 *
 * @param id the product's id
 * @param slug the product's address on the storefront ({@code /products/{slug}})
 * @param name the product's name
 * @param brandSlug the brand's slug, or null when the product has no brand
 * @param categoryId the category the product belongs to
 * @param price what a shopper pays now
 * @param listPrice the list price (정가)
 * @param soldOut whether nothing of it can be bought now
 * @param tags the owner's tags, sorted
 * @since 1.0.0
 */
public record ProductView(long id, String slug, String name, String brandSlug, long categoryId, Money price,
        Money listPrice, boolean soldOut, List<String> tags) {

    public ProductView {
        tags = List.copyOf(tags);
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
