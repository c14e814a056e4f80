package io.tunemall.catalog.category;

import io.tunemall.catalog.cache.CatalogCaches;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads the category tree once per catalog change; listings and product pages take paths and subtrees from it. */
@Component
public class CategoryTrees {

    private final Categories categories;

    CategoryTrees(Categories categories) {
        this.categories = categories;
    }

    @Cacheable(value = CatalogCaches.MENU, key = "'category-tree'")
    @Transactional(readOnly = true)
    public CategoryTree tree() {
        return new CategoryTree(categories.findAll().stream()
                .map(c -> new CategoryTree.Node(c.id(), c.parentId(), c.name(), c.slug(), c.sortOrder(), c.visible()))
                .toList());
    }
}
