package io.tunemall.storefront.search;

import io.tunemall.catalog.api.SearchPriceBand;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchResult;
import io.tunemall.catalog.api.SearchSort;
import java.util.List;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the search page shows, with the address of every link on it: each facet, sort and page link is the current
 * search with one thing changed, so filters combine and survive paging.
 */
public record SearchPage(SearchResult result) {

    public SearchQuery query() {
        return result.query();
    }

    public List<SearchSort> sorts() {
        return List.of(SearchSort.values());
    }

    public String brandLink(Long brand) {
        return link(query().withBrand(brand));
    }

    public String categoryLink(Long category) {
        return link(query().withCategory(category));
    }

    public String priceLink(SearchPriceBand range) {
        return link(query().withPriceRange(range));
    }

    public String sortLink(SearchSort sort) {
        return link(query().withSort(sort));
    }

    public String pageLink(int page) {
        return link(query().withPage(page));
    }

    public boolean filtered() {
        SearchQuery query = query();
        return query.brandId() != null || query.categoryId() != null || query.priceRange() != null;
    }

    public String clearFiltersLink() {
        return link(query().withBrand(null).withCategory(null).withPriceRange(null));
    }

    /** Only what differs from the defaults goes into the address, so links stay short and shareable. */
    static String link(SearchQuery query) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/search").queryParam("q", query.text());
        if (query.brandId() != null) {
            uri.queryParam("brand", query.brandId());
        }
        if (query.categoryId() != null) {
            uri.queryParam("category", query.categoryId());
        }
        if (query.priceRange() != null) {
            uri.queryParam("price", query.priceRange().name());
        }
        if (query.sort() != SearchSort.RELEVANCE) {
            uri.queryParam("sort", query.sort().name());
        }
        if (query.page() > 1) {
            uri.queryParam("page", query.page());
        }
        return uri.encode().build().toUriString();
    }
}
