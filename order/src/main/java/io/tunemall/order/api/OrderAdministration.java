package io.tunemall.order.api;

import java.util.List;
import java.util.Optional;

/**
 * Orders as staff run them. Every change is checked against the order's state machine (an illegal one throws
 * {@link IllegalTransition} and changes nothing) and recorded in its history with who made it and why.
 */
public interface OrderAdministration {

    OrderPage search(OrderSearch search);

    /**
     * Orders oldest first after a position, with the search's state and day filters (its page and size are ignored):
     * for API clients that page with a cursor.
     *
     * @param afterPosition 0 for the first slice, else the previous slice's {@link OrderSlice#nextPosition()}
     * @param limit how many at most
     */
    OrderSlice after(OrderSearch filters, long afterPosition, int limit);

    Optional<OrderDetail> detail(String orderNumber);

    /**
     * 입금 확인: staff saw the money of a bank-transfer or virtual-account order arrive and mark it paid by hand
     * (PAYMENT_PENDING → PAID, OrderPaid published as for a gateway's confirmation: mail, points, webhooks).
     *
     * @throws IllegalTransition when the order is not waiting for payment
     * @throws io.tunemall.platform.error.ShopException {@code deposit-not-cash} (409) for a card or wallet order
     */
    OrderDetail confirmDeposit(String orderNumber, Actor actor, String note);

    /** PAID → PREPARING. */
    OrderDetail prepare(String orderNumber, Actor actor);

    /** PREPARING → SHIPPED (the shipments module records the carrier and tracking number). */
    OrderDetail ship(String orderNumber, Actor actor);

    /** SHIPPED → DELIVERED. */
    OrderDetail deliver(String orderNumber, Actor actor);

    /** DELIVERED → PURCHASE_CONFIRMED, by the shopper or automatically after the shop's period. */
    OrderDetail confirmPurchase(String orderNumber, Actor actor);

    /**
     * Cancels the whole order (before it ships): its stock, points and coupon come back; a paid order's money is
     * refunded by the payment module on OrderCancelled.
     */
    OrderDetail cancel(String orderNumber, Actor actor, String reason);

    /**
     * Cancels some lines of a paid order before it ships; cancelling every line left cancels the order.
     *
     * @param lineNumbers 1-based, each an ORDERED line of the order
     */
    OrderDetail cancelLines(String orderNumber, List<Integer> lineNumbers, Actor actor, String reason);
}
