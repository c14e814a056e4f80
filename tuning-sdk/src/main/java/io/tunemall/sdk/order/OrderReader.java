package io.tunemall.sdk.order;

import java.util.Optional;

/**
 * Reads placed orders for a module, typically in a listener of an order event that carries only the number
 * ({@code OrderPaid}, {@code OrderCancelled}). Obtained with {@code context.facade(OrderReader.class)}; empty on a
 * platform that does not offer it.
 *
 * <p>Runs at once, in the caller's transaction when there is one, and sees what that transaction sees: in a listener
 * (after the event's transaction committed) the order as the event left it or later. It throws nothing for an unknown
 * number: the answer is empty.
 *
 * @since 1.0
 */
public interface OrderReader {

    /**
     * The order with this number, or empty when there is none.
     *
     * @since 1.0
     */
    Optional<PlacedOrder> order(String orderNumber);
}
