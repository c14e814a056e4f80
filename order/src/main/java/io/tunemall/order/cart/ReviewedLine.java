package io.tunemall.order.cart;

import io.tunemall.catalog.api.Purchasable;
import io.tunemall.order.api.CartLineView;
import io.tunemall.order.api.CartNotice;
import io.tunemall.sdk.Money;
import java.util.List;

/**
 * A cart line checked against the catalog now.
 *
 * @param variant the variant as it is now, or null when it was deleted
 * @param orderableQuantity how many units can be ordered now (0 when not buyable)
 * @param unitPrice what one unit costs now (the price seen when the variant is gone)
 * @param notices what changed since the shopper last saw the line
 */
public record ReviewedLine(CartLine line, Purchasable variant, int orderableQuantity, Money unitPrice,
        List<CartNotice> notices) {

    public ReviewedLine {
        notices = List.copyOf(notices);
    }

    public boolean buyable() {
        return orderableQuantity > 0;
    }

    /** The line as the cart and checkout pages show it; {@code maxPerLine} is the shop's limit per line. */
    public CartLineView view(int maxPerLine) {
        if (variant == null) {
            return new CartLineView(line.id(), line.variantId(), 0, null, line.sku(), "", null, line.quantity(), 0,
                    unitPrice, unitPrice, unitPrice.times(line.quantity()), false, notices);
        }
        int max = buyable() ? Math.min(variant.stock(), maxPerLine) : 0;
        return new CartLineView(line.id(), line.variantId(), variant.productId(), variant.productSlug(),
                variant.productName(), variant.optionText(), variant.imageUrl(), line.quantity(), max, unitPrice,
                variant.pricing().listPrice().plus(variant.priceDifference()), unitPrice.times(line.quantity()),
                buyable(), notices);
    }
}
