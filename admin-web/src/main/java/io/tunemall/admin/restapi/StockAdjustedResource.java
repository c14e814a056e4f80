package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.StockAdjusted;

/** A stock correction as applied: the units on hand just before it and now. */
@Schema(name = "AdminStockAdjusted")
record StockAdjustedResource(long productId, String sku, int before, int onHand) {

    static StockAdjustedResource of(StockAdjusted adjusted) {
        return new StockAdjustedResource(adjusted.productId(), adjusted.sku(), adjusted.before(), adjusted.after());
    }
}
