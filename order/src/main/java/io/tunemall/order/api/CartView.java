package io.tunemall.order.api;

import java.util.List;

/**
 * A cart as the shopper sees it.
 *
 * @param lines every line, buyable or not, in the order added
 * @param estimate the price of the buyable lines (shipping without a postal code: the mainland fee), or null when
 *     nothing can be bought or the pricing failed
 * @param pricingProblem why there is no estimate although lines are buyable (a tuning module failed), or null
 */
public record CartView(List<CartLineView> lines, PriceBreakdown estimate, String pricingProblem) {

    public static final CartView EMPTY = new CartView(List.of(), null, null);

    public CartView {
        lines = List.copyOf(lines);
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public boolean hasBuyableLines() {
        return lines.stream().anyMatch(CartLineView::buyable);
    }

    public List<CartNotice> notices() {
        return lines.stream().flatMap(line -> line.notices().stream()).toList();
    }
}
