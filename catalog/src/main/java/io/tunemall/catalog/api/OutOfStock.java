package io.tunemall.catalog.api;

import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Some SKUs of an order cannot be taken from stock: nothing was taken (the caller's transaction rolls back). Names
 * every short SKU with what was asked and what is left, such as "SKU TEE-BLK-M: 2 requested, 1 left".
 */
public class OutOfStock extends ShopException {

    private final transient List<Shortage> shortages;

    public OutOfStock(List<Shortage> shortages) {
        super(409, "out-of-stock", shortages.stream()
                .map(s -> "SKU " + s.sku() + ": " + s.requested() + " requested, "
                        + (s.soldOut() ? "sold out" : s.available() + " left"))
                .collect(Collectors.joining("; ")));
        this.shortages = List.copyOf(shortages);
    }

    public List<Shortage> shortages() {
        return shortages;
    }
}
