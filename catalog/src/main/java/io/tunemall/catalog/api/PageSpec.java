package io.tunemall.catalog.api;

/**
 * Which page of a list to show.
 *
 * @param page the page number, from 0
 * @param size rows per page, 1 to {@link #MAX_SIZE}
 */
public record PageSpec(int page, int size, ProductSort sort) {

    public static final int MAX_SIZE = 200;

    public PageSpec {
        page = Math.max(0, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
        sort = sort == null ? ProductSort.NEWEST : sort;
    }

    public long offset() {
        return (long) page * size;
    }
}
