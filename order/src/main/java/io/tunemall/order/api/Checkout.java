package io.tunemall.order.api;

import java.util.List;

/** One-page checkout: show every cost, then place the order. */
public interface Checkout {

    /**
     * What is wrong with the form's fields (names, phones, postal code, address, order password for guests), without
     * looking at the cart; {@link #place} checks the same and more.
     */
    List<CheckoutProblem> check(CartOwner owner, CheckoutRequest request);

    /**
     * The checkout page for the owner's cart: lines re-checked against the catalog (changes acknowledged), priced for
     * the given address, coupon and points, and checked by the shop's validators.
     */
    CheckoutPreview preview(CartOwner owner, CheckoutRequest request);

    /**
     * Places the order: checks every field, re-checks the cart, prices it, runs the validators, then in one
     * transaction takes the stock, spends the coupon and points, stores the order in
     * {@link OrderState#PAYMENT_PENDING} and removes the ordered lines from the cart. After the commit the payment
     * step, if the shop has one, gives the address to send the shopper to.
     *
     * @throws CheckoutRejected with every problem found; nothing was taken or stored
     */
    PlacedOrder place(CartOwner owner, CheckoutRequest request);
}
