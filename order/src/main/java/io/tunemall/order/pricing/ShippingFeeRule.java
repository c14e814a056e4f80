package io.tunemall.order.pricing;

import io.tunemall.sdk.shipping.ShippedItem;
import io.tunemall.sdk.shipping.ShippingRequest;
import io.tunemall.shipping.api.ShippingFees;

/**
 * The shipping module's fee for the goods after discounts, to the order's postal code: the base fee unless free, and
 * the remote-area surcharge (제주, 도서산간).
 */
final class ShippingFeeRule implements PricingRule {

    private final ShippingFees fees;

    ShippingFeeRule(ShippingFees fees) {
        this.fees = fees;
    }

    @Override
    public void apply(PriceSheet sheet) {
        ShippingRequest request = new ShippingRequest(sheet.postalCode().orElse(null), sheet.orderAmount(),
                sheet.sheetLines().stream().map(line -> new ShippedItem(line.variant().productId(),
                        line.variant().sku(), line.quantity(), line.amount())).toList(),
                sheet.shipsFreeByGrade());
        sheet.ship(fees.quote(request));
    }
}
