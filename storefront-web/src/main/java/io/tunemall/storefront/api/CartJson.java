package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.CartLineView;
import io.tunemall.order.api.CartNotice;
import io.tunemall.order.api.CartView;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A cart as the shopper sees it, re-checked against the catalog at the moment of the request. Amounts are whole won.
 *
 * @param lines every line, buyable or not, in the order added
 * @param estimate the price of the buyable lines (shipping to the mainland until a postal code is given at checkout),
 *     or null when nothing can be bought or pricing failed
 * @param pricingProblem why there is no estimate although lines are buyable, or null
 * @param notices what the shop changed in this request (a quantity lowered to the stock or the limit)
 */
@Schema(name = "Cart")
record CartJson(List<LineJson> lines, PriceBreakdownJson estimate, @Schema(types = {"string", "null"}) String pricingProblem, List<NoticeJson> notices) {

    /**
     * @param id the line id, for changing its quantity or removing it
     * @param maxQuantity the most units this line may hold now; 0 when it cannot be bought
     * @param unitPrice what one unit costs now, option included
     * @param notices what changed since the shopper last saw the line (price, stock, availability)
     */
    @Schema(name = "CartLine")
    record LineJson(long id, long variantId, long productId, String productSlug, String productName,
            String optionText, @Schema(types = {"string", "null"}) String imageUrl, int quantity, int maxQuantity, long unitPrice, long listUnitPrice,
            long amount, boolean buyable, List<NoticeJson> notices) {
    }

    /**
     * @param kind PRICE_CHANGED, SOLD_OUT, QUANTITY_REDUCED, QUANTITY_LIMITED or UNAVAILABLE
     * @param before the price the shopper saw (price notices only)
     * @param after the price now (price notices only)
     */
    @Schema(name = "CartNotice")
    record NoticeJson(CartNotice.Kind kind, String productName, String optionText, @Schema(types = {"integer", "null"}, format = "int64") Long before, @Schema(types = {"integer", "null"}, format = "int64") Long after,
            int quantityBefore, int quantityAfter) {

        static NoticeJson of(CartNotice notice) {
            return new NoticeJson(notice.kind(), notice.productName(), notice.optionText(),
                    notice.before() == null ? null : notice.before().won(),
                    notice.after() == null ? null : notice.after().won(), notice.quantityBefore(), notice.quantityAfter());
        }
    }

    static CartJson of(CartView cart, List<CartNotice> notices, UnaryOperator<String> absolute) {
        return new CartJson(cart.lines().stream().map(line -> line(line, absolute)).toList(),
                PriceBreakdownJson.of(cart.estimate()), cart.pricingProblem(),
                notices.stream().map(NoticeJson::of).toList());
    }

    private static LineJson line(CartLineView line, UnaryOperator<String> absolute) {
        return new LineJson(line.lineId(), line.variantId(), line.productId(), line.productSlug(), line.productName(),
                line.optionText(), line.imageUrl() == null ? null : absolute.apply(line.imageUrl()), line.quantity(),
                line.maxQuantity(), line.unitPrice().won(), line.listUnitPrice().won(), line.amount().won(),
                line.buyable(), line.notices().stream().map(NoticeJson::of).toList());
    }
}
