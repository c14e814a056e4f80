package io.tunemall.storefront.category;

import io.tunemall.catalog.api.ListingQuery;
import io.tunemall.catalog.api.ListingSort;
import java.util.ArrayList;
import java.util.List;

/** The links of a listing page: other orders and other pages of the same filtered listing. */
public record ListingLinks(String path, ListingQuery query, int totalPages) {

    /** The same listing in another order, from its first page. */
    public String sort(ListingSort sort) {
        return ListingParameters.url(path, new ListingQuery(query.categoryId(), query.brands(), query.price(),
                query.options(), query.inStockOnly(), sort, 1, query.size()));
    }

    public String page(int page) {
        return ListingParameters.url(path, query.withPage(page));
    }

    /** The page numbers to offer: the first, the last, and two on either side of the current one; 0 marks a gap. */
    public List<Integer> pageNumbers() {
        List<Integer> numbers = new ArrayList<>();
        int previous = 0;
        for (int page = 1; page <= totalPages; page++) {
            boolean near = Math.abs(page - query.page()) <= 2;
            if (page == 1 || page == totalPages || near) {
                if (page - previous > 1) {
                    numbers.add(0);
                }
                numbers.add(page);
                previous = page;
            }
        }
        return numbers;
    }
}
