package io.tunemall.catalog.feed;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * What a shopping feed says of one product, read fresh from the catalog.
 *
 * @param price what a shopper pays now (the sale price while a sale runs)
 * @param regularPrice the price without the sale, shown struck through by the shopping sites
 * @param categoryPath the category names from the top, at most four
 * @param imagePath the main image's media path, or null for a product without images
 * @param listed whether shoppers can see it (on sale or sold out); other products leave the feed
 */
record FeedProduct(long id, String name, String summary, String slug, Money price, Money regularPrice, String brand,
        List<String> categoryPath, String imagePath, boolean inStock, boolean listed) {
}
