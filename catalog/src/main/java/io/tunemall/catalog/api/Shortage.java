package io.tunemall.catalog.api;

/**
 * A SKU that cannot give what an order asked for.
 *
 * @param sku the SKU
 * @param requested units asked for
 * @param available units left (zero for a sold-out or unknown SKU)
 */
public record Shortage(String sku, int requested, int available) {

    public boolean soldOut() {
        return available <= 0;
    }
}
