package io.tunemall.order.api;

import java.util.List;

/**
 * Orders after a position in a list's order (the API's cursor): oldest first for staff, newest first for a member.
 *
 * @param nextPosition where the next slice starts, or null when this was the last
 */
public record OrderSlice(List<OrderRow> rows, Long nextPosition) {

    public OrderSlice {
        rows = List.copyOf(rows);
    }
}
