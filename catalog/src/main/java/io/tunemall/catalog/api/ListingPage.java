package io.tunemall.catalog.api;

import java.io.Serializable;
import java.util.List;

/**
 * One page of a listing, with what paging links need.
 *
 * @param totalProducts how many products match the whole query
 */
public record ListingPage(List<ListedProduct> products, int page, int size, long totalProducts) implements Serializable {

    public ListingPage {
        products = List.copyOf(products);
    }

    /** The number of pages a shopper can reach: every page of results, but no further than paging may go. */
    public int totalPages() {
        long pages = (totalProducts + size - 1) / size;
        return (int) Math.min(pages, ListingQuery.lastReachablePage(size));
    }

    public boolean hasNext() {
        return page < totalPages();
    }

    public boolean hasPrevious() {
        return page > 1;
    }
}
