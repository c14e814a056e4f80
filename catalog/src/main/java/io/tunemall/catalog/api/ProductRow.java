package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A product as the admin product list shows it.
 *
 * @param categoryName the category's name, or null when the category is gone
 * @param brandName the brand's name, or null for a product without a brand
 * @param totalStock units left over all variants
 * @param lowestStock units left of the variant with the fewest, 0 for a product without variants
 * @param thumbnailUrl the card thumbnail (or the image itself), or null for a product without images
 */
public record ProductRow(long id, String name, String slug, String categoryName, String brandName, SaleStatus status,
        Money price, Money listPrice, int variants, long totalStock, int lowestStock, String thumbnailUrl,
        Instant updatedAt) {

    public StockLevel stockLevel() {
        if (totalStock <= 0) {
            return StockLevel.SOLD_OUT;
        }
        return lowestStock <= StockLevel.LOW_STOCK_THRESHOLD ? StockLevel.LOW : StockLevel.IN_STOCK;
    }
}
