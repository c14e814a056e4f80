package io.tunemall.examples.fitfinder;

import io.tunemall.sdk.catalog.ProductView;

/** A product the quiz recommends, in the shopper's size, with the units left in that size. */
public record Recommendation(ProductView product, String sku, String size, int stock) {

    /** Few units left: the page says so. */
    public boolean lastFew() {
        return stock <= 3;
    }
}
