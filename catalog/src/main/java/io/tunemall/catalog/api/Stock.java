package io.tunemall.catalog.api;

import java.util.List;

/**
 * The stock of SKUs, as orders take and give it back. Both run in the caller's transaction (an order's), so stock
 * and order commit or roll back together.
 */
public interface Stock {

    /**
     * Takes the units from stock, all or nothing: one conditional update per SKU ({@code stock >= quantity}), so two
     * orders racing for the last unit can never both get it and stock never goes below zero. SKUs are updated in SKU
     * order, so two orders with the same SKUs lock them in the same order and never deadlock. When an SKU ends at or
     * below the low-stock threshold, having been above it, a {@code StockLow} event is published.
     *
     * @throws OutOfStock naming every SKU that is short; the caller's transaction must roll back (it is marked so)
     */
    void take(List<SkuQuantity> items);

    /** Gives the units back (a cancelled or expired order); a SKU that no longer exists is skipped. */
    void restore(List<SkuQuantity> items);
}
