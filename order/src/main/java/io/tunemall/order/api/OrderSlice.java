package io.tunemall.order.api;

import java.util.List;

/**
 * Orders oldest first after a position (the API's cursor).
 *
 * @param nextPosition where the next slice starts, or null when this was the last
 */
public record OrderSlice(List<OrderRow> rows, Long nextPosition) {

    public OrderSlice {
        rows = List.copyOf(rows);
    }
}
