package io.tunemall.order.api;

import java.util.List;

/** One page of the admin order list, newest first. */
public record OrderPage(List<OrderRow> rows, int page, int size, long total) {

    public OrderPage {
        rows = List.copyOf(rows);
    }

    public int pages() {
        return (int) ((total + size - 1) / size);
    }
}
