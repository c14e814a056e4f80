package io.tunemall.order.api;

import java.util.Optional;

/**
 * A member's own orders, for the storefront's my-page. Each method finds the order only among the member's: another
 * member's order number answers "not found".
 */
public interface MyOrders {

    /** The member's orders, newest first. */
    OrderPage orders(long memberId, int page, int size);

    Optional<OrderDetail> order(long memberId, String orderNumber);

    /**
     * The shopper cancels an order not yet being prepared: at once, with its refund. An order staff already prepare is
     * refused ({@code cancel-needs-staff}): the shopper asks the shop.
     */
    OrderDetail cancel(long memberId, String orderNumber, String reason);

    /** DELIVERED → PURCHASE_CONFIRMED by the shopper. */
    OrderDetail confirmPurchase(long memberId, String orderNumber);
}
