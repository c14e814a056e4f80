package io.tunemall.catalog.api;

import java.util.Objects;

/** Units of one SKU, as an order takes them from stock or gives them back. */
public record SkuQuantity(String sku, int quantity) {

    public SkuQuantity {
        Objects.requireNonNull(sku, "sku");
        if (quantity < 1) {
            throw new IllegalArgumentException("At least one unit of " + sku + " is taken or restored, not " + quantity);
        }
    }
}
