package io.tunemall.catalog.api;

import java.io.Serializable;

/** A brand or category among the search results, with how many results it has. */
public record SearchFacet(long id, String name, long count) implements Serializable {
}
