package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;

/**
 * Something about a cart line the shopper must know before paying.
 *
 * @param kind what changed
 * @param productName the line's product
 * @param optionText the line's options
 * @param before the price or quantity the shopper saw (null when not about a price)
 * @param after the price now (null when not about a price)
 * @param quantityBefore the quantity before (for quantity notices)
 * @param quantityAfter the quantity now, or the most that can be bought
 */
public record CartNotice(Kind kind, String productName, String optionText, Money before, Money after,
        int quantityBefore, int quantityAfter) implements Serializable {

    public enum Kind {
        /** The unit price is not the one the shopper saw. */
        PRICE_CHANGED,
        /** Nothing is left; the line cannot be ordered. */
        SOLD_OUT,
        /** Fewer units are left than the line asks for; the quantity was lowered to what is left. */
        QUANTITY_REDUCED,
        /** More than one line may hold was asked for; the quantity was set to the limit. */
        QUANTITY_LIMITED,
        /** The product is no longer sold (hidden, draft, or deleted); the line cannot be ordered. */
        UNAVAILABLE
    }

    public static CartNotice price(String product, String options, Money before, Money after) {
        return new CartNotice(Kind.PRICE_CHANGED, product, options, before, after, 0, 0);
    }

    public static CartNotice quantity(Kind kind, String product, String options, int before, int after) {
        return new CartNotice(kind, product, options, null, null, before, after);
    }

    public static CartNotice gone(Kind kind, String product, String options) {
        return new CartNotice(kind, product, options, null, null, 0, 0);
    }
}
