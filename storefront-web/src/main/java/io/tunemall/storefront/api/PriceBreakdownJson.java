package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.order.api.PricingNote;
import io.tunemall.sdk.Money;
import java.util.List;

/**
 * Every cost of an order before (or as) it is paid, in whole won:
 * {@code goodsAmount = itemsAmount − gradeDiscount − couponDiscount − order discounts + charges} and
 * {@code finalAmount = goodsAmount + shippingFee + remoteAreaSurcharge − pointsUsed}.
 *
 * @param saleDiscount how much less than the list prices the regular and sale prices are
 * @param remoteArea the remote area (제주, 도서산간) the postal code lies in, or null
 * @param notes why something asked for did not fully apply: {@code coupon-minimum}, {@code points-over-balance}, ...
 */
@Schema(name = "PriceBreakdown")
record PriceBreakdownJson(List<LineJson> lines, long listAmount, long saleDiscount, long itemsAmount,
        long gradeDiscount, @Schema(types = {"string", "null"}) String gradeName, long couponDiscount, @Schema(types = {"string", "null"}) String couponName, List<AdjustmentJson> orderAdjustments,
        long goodsAmount, long shippingFee, long remoteAreaSurcharge, @Schema(types = {"string", "null"}) String remoteArea, long pointsUsed,
        long finalAmount, String currency, List<PricingNote> notes) {

    /** @param amount {@code unitPrice × quantity − discounts} */
    @Schema(name = "PricedLine")
    record LineJson(long variantId, String sku, String productName, String optionText, int quantity,
            long listUnitPrice, long unitPrice, boolean onSale, List<AdjustmentJson> discounts, long amount) {
    }

    /** @param charge true for a charge added to the order, false for a discount taken off */
    @Schema(name = "PriceAdjustment")
    record AdjustmentJson(String label, long amount, boolean charge) {
    }

    static PriceBreakdownJson of(PriceBreakdown breakdown) {
        if (breakdown == null) {
            return null;
        }
        return new PriceBreakdownJson(breakdown.lines().stream().map(line -> new LineJson(line.variantId(), line.sku(),
                        line.productName(), line.optionText(), line.quantity(), won(line.listUnitPrice()),
                        won(line.unitPrice()), line.onSale(), adjustments(line.discounts()), won(line.amount()))).toList(),
                won(breakdown.listAmount()), won(breakdown.saleDiscount()), won(breakdown.itemsAmount()),
                won(breakdown.gradeDiscount()), breakdown.gradeName(), won(breakdown.couponDiscount()),
                breakdown.couponName(), adjustments(breakdown.orderAdjustments()), won(breakdown.goodsAmount()),
                won(breakdown.shippingFee()), won(breakdown.remoteAreaSurcharge()), breakdown.remoteArea(),
                won(breakdown.pointsUsed()), won(breakdown.finalAmount()), "KRW", breakdown.notes());
    }

    private static List<AdjustmentJson> adjustments(List<PriceBreakdown.Adjustment> adjustments) {
        return adjustments.stream().map(a -> new AdjustmentJson(a.label(), won(a.amount()), a.charge())).toList();
    }

    static long won(Money money) {
        return money == null ? 0 : money.won();
    }
}
