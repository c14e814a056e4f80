package io.tunemall.order.cart;

import io.tunemall.catalog.api.Purchasable;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.order.api.CartNotice;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks cart lines against the catalog's facts now: a product no longer sold, sold out, with fewer units left than
 * the line asks, beyond the shop's limit per line, or at another price than the shopper saw. A pure function, so the
 * same review drives the cart page, the checkout page and placing the order.
 */
final class CartReview {

    private CartReview() {
    }

    static List<ReviewedLine> review(List<CartLine> lines, Map<Long, Purchasable> facts, Instant now, int maxPerLine) {
        List<ReviewedLine> reviewed = new ArrayList<>();
        for (CartLine line : lines) {
            reviewed.add(review(line, facts.get(line.variantId()), now, maxPerLine));
        }
        return reviewed;
    }

    static ReviewedLine review(CartLine line, Purchasable variant, Instant now, int maxPerLine) {
        if (variant == null) {
            return new ReviewedLine(line, null, 0, line.seenUnitPrice(),
                    List.of(CartNotice.gone(CartNotice.Kind.UNAVAILABLE, line.sku(), "")));
        }
        String name = variant.productName();
        String options = variant.optionText();
        Money price = variant.unitPriceAt(now);
        if (variant.status() != SaleStatus.ON_SALE && variant.status() != SaleStatus.SOLD_OUT) {
            return new ReviewedLine(line, variant, 0, price, List.of(CartNotice.gone(CartNotice.Kind.UNAVAILABLE, name, options)));
        }
        if (variant.status() == SaleStatus.SOLD_OUT || variant.stock() <= 0) {
            return new ReviewedLine(line, variant, 0, price, List.of(CartNotice.gone(CartNotice.Kind.SOLD_OUT, name, options)));
        }
        List<CartNotice> notices = new ArrayList<>();
        int orderable = line.quantity();
        if (orderable > variant.stock()) {
            notices.add(CartNotice.quantity(CartNotice.Kind.QUANTITY_REDUCED, name, options, orderable, variant.stock()));
            orderable = variant.stock();
        }
        if (orderable > maxPerLine) {
            notices.add(CartNotice.quantity(CartNotice.Kind.QUANTITY_LIMITED, name, options, orderable, maxPerLine));
            orderable = maxPerLine;
        }
        if (!price.equals(line.seenUnitPrice())) {
            notices.add(CartNotice.price(name, options, line.seenUnitPrice(), price));
        }
        return new ReviewedLine(line, variant, orderable, price, notices);
    }
}
