package io.tunemall.catalog.api;

import java.io.Serializable;
import java.util.List;

/** A visible category as the storefront menu shows it, with its visible sub-categories in order. */
public record CategorySummary(long id, String name, String slug, List<CategorySummary> children) implements Serializable {
}
