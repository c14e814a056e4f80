package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.ProductRow;
import java.time.Instant;

/** A product in an admin API list; prices in whole won. */
@Schema(name = "AdminProductSummary")
record ProductResource(long id, String name, String slug, String status, long price, long listPrice, String category,
        String brand, int variants, long totalStock, String stockLevel, Instant updatedAt) {

    static ProductResource of(ProductRow row) {
        return new ProductResource(row.id(), row.name(), row.slug(), row.status().name(), row.price().won(),
                row.listPrice() == null ? row.price().won() : row.listPrice().won(), row.categoryName(),
                row.brandName(), row.variants(), row.totalStock(), row.stockLevel().name(), row.updatedAt());
    }
}
