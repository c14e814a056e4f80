package io.tunemall.catalog.api;

import java.io.Serializable;

/** A price band among the search results, with how many results fall in it. */
public record PriceFacet(SearchPriceBand range, long count) implements Serializable {
}
