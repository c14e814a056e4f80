package io.tunemall.catalog.api;

import java.io.Serializable;

/** One step of the path from the top of the category tree down to a category. */
public record Breadcrumb(long id, String name, String slug) implements Serializable {
}
