package io.tunemall.order.api;

import java.util.Optional;

/**
 * What a guest may do with the order they looked up ({@link OrderLookup}): the same as a member on the my-page (cancel
 * before shipping, ask to return or exchange after delivery, confirm the purchase), acting as the shopper. The caller
 * authorises the guest (the storefront keeps the orders looked up in this browser session); each method finds only
 * guest orders, so a member's order number answers "not found".
 */
public interface GuestOrders {

    Optional<OrderDetail> order(String orderNumber);

    /** As {@link MyOrders#cancel}: at once before preparing, a cancel request while preparing. */
    OrderDetail cancel(String orderNumber, String reason);

    /** DELIVERED → PURCHASE_CONFIRMED by the guest. */
    OrderDetail confirmPurchase(String orderNumber);

    /** A return or exchange of delivered lines of the guest's order. */
    ClaimView requestClaim(ClaimRequest request);
}
