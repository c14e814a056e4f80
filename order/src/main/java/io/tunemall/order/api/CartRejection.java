package io.tunemall.order.api;

import io.tunemall.platform.error.ShopException;

/**
 * A cart change refused in the shopper's terms.
 *
 * <p>Codes: {@code not-buyable} (the product is not on sale, or the variant is gone), {@code sold-out},
 * {@code quantity} (below 1), {@code cart-full} (the shop's limit of lines), {@code no-such-line}.
 */
public class CartRejection extends ShopException {

    public CartRejection(String code, String detail) {
        super(code.equals("no-such-line") ? 404 : code.equals("sold-out") ? 409 : 422, code, detail);
    }
}
