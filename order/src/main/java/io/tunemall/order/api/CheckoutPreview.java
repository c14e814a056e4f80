package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * The checkout page's content: the lines as they can be ordered now, every cost, what changed since the shopper last
 * looked, and the shop's refusals.
 *
 * @param cart the cart, re-checked; changes found are now acknowledged (the next look shows them no more)
 * @param breakdown every cost of the buyable lines, or null when nothing can be bought or pricing failed
 * @param problems refusals of validators and pricing failures, as {@link CheckoutProblem}s with an empty field
 * @param member whether a member is checking out (guests give an order password instead)
 * @param pointsBalance the member's points, zero for a guest
 */
public record CheckoutPreview(CartView cart, PriceBreakdown breakdown, List<CheckoutProblem> problems, boolean member,
        Money pointsBalance) {

    public CheckoutPreview {
        problems = List.copyOf(problems);
    }

    /** Whether placing the order now can succeed as far as the shop knows (stock is decided when placing). */
    public boolean placeable() {
        return breakdown != null && problems.isEmpty() && cart.hasBuyableLines();
    }
}
