package io.tunemall.sdk.order;

import java.util.List;
import java.util.Objects;

/**
 * A placed order as a module may read it, through {@link OrderReader}: who bought what, and what each line cost after
 * every discount. No personal data (the orderer and the address stay with the platform).
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param lines its lines, in the order's order
 * @since 1.0
 */
public record PlacedOrder(String orderNumber, Long memberId, List<PlacedOrderLine> lines) {

    public PlacedOrder {
        Objects.requireNonNull(orderNumber, "orderNumber");
        lines = List.copyOf(lines);
    }
}
