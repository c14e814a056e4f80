package io.tunemall.order.api;

import java.util.Optional;

/**
 * A member's own orders, for the storefront's my-page. Each method finds the order only among the member's: another
 * member's order number answers "not found".
 */
public interface MyOrders {

    /** The member's orders, newest first. */
    OrderPage orders(long memberId, int page, int size);

    /**
     * The member's orders, newest first, continuing after a position (the API's cursor): orders placed while a client
     * pages through come before the first slice, so no later slice repeats or skips one.
     *
     * @param afterPosition 0 for the first slice, else the previous slice's {@link OrderSlice#nextPosition()}
     * @param limit how many at most (1 to 50)
     * @throws io.tunemall.platform.error.ShopException {@code cursor} (422) when the position is not one of the
     *     member's orders
     */
    OrderSlice newestAfter(long memberId, long afterPosition, int limit);

    Optional<OrderDetail> order(long memberId, String orderNumber);

    /**
     * The shopper cancels an order before it ships: one not yet being prepared at once, with its refund; one staff
     * already prepare by a cancel request ({@link ClaimKind#CANCEL}) staff approve or reject, the answer showing the
     * order still PREPARING with its lines held. A shipped order is refused ({@code cancel-not-allowed}).
     */
    OrderDetail cancel(long memberId, String orderNumber, String reason);

    /** DELIVERED → PURCHASE_CONFIRMED by the shopper. */
    OrderDetail confirmPurchase(long memberId, String orderNumber);
}
