package io.tunemall.catalog.api;

import java.util.List;
import java.util.Optional;

/**
 * The owner's view of and corrections to stock on hand (a stocktake, a delivery from the supplier, damaged goods),
 * as opposed to {@link Stock}, which orders use. Every correction is one conditional update of the SKU's row, is
 * written to the audit log with its reason, and publishes {@link ProductChanged} (and {@code StockLow} when it leaves
 * the SKU at or below {@link StockLevel#LOW_STOCK_THRESHOLD}, having been above it) in its transaction.
 */
public interface StockAdministration {

    /** Every variant of the product with its stock, in the product's variant order; empty for an unknown product. */
    Optional<List<VariantStockLevel>> ofProduct(long productId);

    /**
     * Corrects the stock of one SKU.
     *
     * @throws CatalogRejection for an unknown SKU, no reason, or neither or both of delta and set value
     * @throws io.tunemall.platform.error.ShopException 409 {@code stock-insufficient} when the delta would leave
     *     the SKU below zero; nothing is changed
     */
    StockAdjusted adjust(StockAdjustment adjustment);
}
