package io.tunemall.order.api;

import java.util.Optional;

/**
 * Shoppers' carts, kept in the database. Lines are re-checked against the catalog on every read: the view says
 * what changed (price, stock, availability) since the shopper last saw it.
 */
public interface Carts {

    CartView view(CartOwner owner);

    /**
     * Adds units of a variant (to the line already holding it, if any), at most what is in stock and the shop's limit
     * per line; a guest without a cart gets one.
     *
     * @throws CartRejection when the variant cannot be bought, is sold out, the quantity is below 1, or the cart is full
     */
    CartUpdate add(CartOwner owner, long variantId, int quantity);

    /**
     * Sets a line's quantity, lowered to what can be bought.
     *
     * @throws CartRejection for a quantity below 1 or a line not in this cart
     */
    CartView changeQuantity(CartOwner owner, long lineId, int quantity);

    /** Removes a line; removing a line that is not there changes nothing. */
    CartView remove(CartOwner owner, long lineId);

    /** How many lines the cart holds (the header's badge); 0 without a cart. */
    int count(CartOwner owner);

    /** The signed cookie value naming a guest's cart. */
    String guestToken(String cartId);

    /** The cart id a cookie value names, if its signature is right. */
    Optional<String> guestCartId(String token);
}
