package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.CheckoutPreview;
import io.tunemall.order.api.CheckoutProblem;
import java.util.List;

/**
 * Every cost before payment, and whether the order can be placed as it stands.
 *
 * @param cart the cart re-checked against the catalog; the changes it shows are acknowledged by this preview
 * @param breakdown every cost of the buyable lines: items, grade and coupon discounts, points, shipping fee, remote-area
 *     surcharge and the final amount; null when nothing can be bought or pricing failed
 * @param problems the shop's refusals and pricing failures (field empty), which placing the order would meet too
 * @param placeable whether placing the order now can succeed as far as the shop knows (stock is taken when placing)
 * @param member whether a signed-in member is checking out (a guest gives an order password instead)
 * @param pointsBalance the member's points; 0 for a guest
 */
@Schema(name = "CheckoutPreview")
record CheckoutPreviewJson(CartJson cart, PriceBreakdownJson breakdown, List<CheckoutProblem> problems,
        boolean placeable, boolean member, long pointsBalance) {

    static CheckoutPreviewJson of(CheckoutPreview preview) {
        return new CheckoutPreviewJson(CartJson.of(preview.cart(), List.of(), StorefrontProductsApi::absolute),
                PriceBreakdownJson.of(preview.breakdown()), preview.problems(), preview.placeable(), preview.member(),
                PriceBreakdownJson.won(preview.pointsBalance()));
    }
}
