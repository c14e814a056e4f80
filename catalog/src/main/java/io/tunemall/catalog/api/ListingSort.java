package io.tunemall.catalog.api;

import java.util.Arrays;
import java.util.Optional;

/** The orders a shopper can list products in; {@link #param()} is how a URL or the API names each. */
public enum ListingSort {
    /** Newest first. */
    NEW("new"),
    /** Most popular first (sales and views). */
    POPULAR("popular"),
    /** Cheapest first, by the price in force now (a running sale counts). */
    PRICE_ASC("price-asc"),
    /** Dearest first, by the price in force now. */
    PRICE_DESC("price-desc");

    private final String param;

    ListingSort(String param) {
        this.param = param;
    }

    public String param() {
        return param;
    }

    /** The sort a URL parameter names; empty for an unknown name. */
    public static Optional<ListingSort> fromParam(String param) {
        return Arrays.stream(values()).filter(sort -> sort.param.equals(param)).findFirst();
    }
}
