package io.tunemall.catalog.api;

import java.util.List;

/** One page of the admin product list, with how many products match in all. */
public record ProductPage(List<ProductRow> rows, PageSpec spec, long total) {

    public int totalPages() {
        return (int) Math.max(1, (total + spec.size() - 1) / spec.size());
    }

    public boolean hasPrevious() {
        return spec.page() > 0;
    }

    public boolean hasNext() {
        return spec.page() + 1 < totalPages();
    }
}
