package io.tunemall.order.pricing;

/**
 * A line whose product has a timed sale running at the moment of pricing costs the sale price. The same window rule
 * as the catalog's ({@code Pricing.onSaleAt}): start inclusive, end exclusive.
 */
final class TimedSaleRule implements PricingRule {

    @Override
    public void apply(PriceSheet sheet) {
        sheet.sheetLines().stream()
                .filter(line -> line.variant().pricing().onSaleAt(sheet.pricedAt()))
                .forEach(line -> line.sellAt(line.variant().pricing().salePrice()));
    }
}
