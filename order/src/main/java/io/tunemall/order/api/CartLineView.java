package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * A cart line with the catalog's facts as they are now.
 *
 * @param maxQuantity the most units this line may hold now (stock and the shop's per-line limit); 0 when not buyable
 * @param unitPrice what one unit costs now, option included
 * @param listUnitPrice the list price of one unit, option included
 * @param amount {@code unitPrice × quantity}
 * @param buyable whether the line can be ordered now
 * @param notices what changed since the shopper last saw it
 */
public record CartLineView(long lineId, long variantId, long productId, String productSlug, String productName,
        String optionText, String imageUrl, int quantity, int maxQuantity, Money unitPrice, Money listUnitPrice,
        Money amount, boolean buyable, List<CartNotice> notices) {

    public CartLineView {
        notices = List.copyOf(notices);
    }
}
