package io.tunemall.catalog.api;

import java.io.Serializable;
import java.util.List;

/**
 * One page of search results with the number of all matches and facet counts over all matches (not just this page).
 *
 * @param brands matches per brand, most first
 * @param categories matches per category the products are filed in, most first
 * @param priceRanges matches per price band, in band order, bands without matches left out
 */
public record SearchResult(SearchQuery query, List<ProductCard> hits, long total, List<SearchFacet> brands,
        List<SearchFacet> categories, List<PriceFacet> priceRanges) implements Serializable {

    public SearchResult {
        hits = List.copyOf(hits);
        brands = List.copyOf(brands);
        categories = List.copyOf(categories);
        priceRanges = List.copyOf(priceRanges);
    }

    public static SearchResult empty(SearchQuery query) {
        return new SearchResult(query, List.of(), 0, List.of(), List.of(), List.of());
    }

    public int totalPages() {
        long reachable = Math.min(total, SearchQuery.MAX_RESULT_WINDOW);
        return (int) ((reachable + query.pageSize() - 1) / query.pageSize());
    }

    public boolean hasPrevious() {
        return query.page() > 1;
    }

    public boolean hasNext() {
        return query.page() < totalPages();
    }
}
