package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;

/** A product as a listing card shows it: name, price, list price and the main image. */
public record ProductCard(long id, String name, String slug, Money price, Money listPrice, String imageUrl,
        boolean soldOut) implements Serializable {

    /** The discount off the list price in whole percent, rounded down; zero when there is none. */
    public int discountPercent() {
        if (!listPrice.isGreaterThan(price)) {
            return 0;
        }
        return (int) ((listPrice.won() - price.won()) * 100 / listPrice.won());
    }
}
