package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.VariantStockLevel;
import java.util.List;

/** A product's stock in the admin API: each variant's SKU and the units on hand. */
@Schema(name = "AdminProductStock")
record StockResource(long productId, List<Variant> variants) {

    static StockResource of(long productId, List<VariantStockLevel> levels) {
        return new StockResource(productId, levels.stream()
                .map(level -> new Variant(level.variantId(), level.sku(), level.optionText(), level.onHand())).toList());
    }

    @Schema(name = "AdminVariantStock")
    record Variant(long variantId, String sku, String optionText, int onHand) {
    }
}
