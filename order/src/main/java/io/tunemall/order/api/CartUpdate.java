package io.tunemall.order.api;

import java.util.List;

/**
 * The outcome of adding to a cart.
 *
 * @param owner the cart's owner; for a guest who had no cart, the new cart's id (the caller sets the cookie)
 * @param notices what the shop changed in the request (a quantity lowered to the stock or the limit)
 */
public record CartUpdate(CartOwner owner, CartView cart, List<CartNotice> notices) {

    public CartUpdate {
        notices = List.copyOf(notices);
    }
}
