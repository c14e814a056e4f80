package io.tunemall.catalog.api;

/** The orders search results can be shown in. */
public enum SearchSort {
    /** Best match first; equal matches by popularity. Tuning modules' search boosters apply to this order only. */
    RELEVANCE,
    NEW,
    POPULAR,
    PRICE_ASC,
    PRICE_DESC
}
