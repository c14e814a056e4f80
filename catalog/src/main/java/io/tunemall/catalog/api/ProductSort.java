package io.tunemall.catalog.api;

/** The orders of the admin product list. */
public enum ProductSort {
    NEWEST,
    OLDEST,
    RECENTLY_UPDATED,
    NAME,
    PRICE_LOW,
    PRICE_HIGH
}
