package io.tunemall.catalog.browse;

import io.tunemall.catalog.api.CategoryListings;
import io.tunemall.catalog.api.CategoryView;
import io.tunemall.catalog.api.Facets;
import io.tunemall.catalog.api.ListingPage;
import io.tunemall.catalog.api.ListingQuery;
import io.tunemall.catalog.category.CategoryTree;
import io.tunemall.catalog.category.CategoryTrees;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** Category pages and listings: resolves the category's subtree, then reads the cached page and facets. */
@Service
class CatalogListings implements CategoryListings {

    private final CategoryTrees trees;
    private final ListingPages pages;
    private final FacetCounts facets;
    private final ShopClock clock;

    CatalogListings(CategoryTrees trees, ListingPages pages, FacetCounts facets, ShopClock clock) {
        this.trees = trees;
        this.pages = pages;
        this.facets = facets;
        this.clock = clock;
    }

    @Override
    public Optional<CategoryView> category(String idOrSlug) {
        CategoryTree tree = trees.tree();
        return tree.find(idOrSlug).map(node -> new CategoryView(node.id(), node.name(), node.slug(),
                tree.breadcrumbs(node.id()), tree.children(node.id())));
    }

    @Override
    public ListingPage list(ListingQuery query) {
        if (query.categoryId() == null) {
            return page(query, null);
        }
        CategoryTree tree = trees.tree();
        if (!tree.shown(query.categoryId()) || tree.node(query.categoryId()).isEmpty()) {
            return new ListingPage(List.of(), query.page(), query.size(), 0);
        }
        return page(query, tree.withDescendants(query.categoryId()));
    }

    @Override
    public Facets facets(long categoryId) {
        CategoryTree tree = trees.tree();
        if (!tree.shown(categoryId) || tree.node(categoryId).isEmpty()) {
            return new Facets(0, List.of(), List.of(), List.of());
        }
        List<Long> subtree = tree.withDescendants(categoryId);
        return facets.count(categoryId, subtree).withPrices(facets.priceBands(categoryId, subtree, pricesAt()));
    }

    private ListingPage page(ListingQuery query, List<Long> categoryIds) {
        Instant pricesAt = pricesAt();
        return pages.page(query, categoryIds, pricesAt, ListingSql.dependsOnSalePrices(query) ? pricesAt.toString() : "any");
    }

    /** Sale prices are judged to the minute in listings, so a cached page serves a whole minute. */
    private Instant pricesAt() {
        return clock.now().truncatedTo(ChronoUnit.MINUTES);
    }
}
