package io.tunemall.catalog.api;

import java.time.Instant;

/** The category tree or the brand list changed: menus and listings must be rebuilt. */
public record CategoriesChanged(Instant changedAt) {
}
