package io.tunemall.catalog.api;

import java.io.Serializable;
import java.util.List;

/**
 * A visible category as its listing page shows it.
 *
 * @param breadcrumbs the path from the top of the tree, ending with this category
 * @param children the visible sub-categories, in the owner's order
 */
public record CategoryView(long id, String name, String slug, List<Breadcrumb> breadcrumbs, List<CategorySummary> children)
        implements Serializable {

    public CategoryView {
        breadcrumbs = List.copyOf(breadcrumbs);
        children = List.copyOf(children);
    }
}
