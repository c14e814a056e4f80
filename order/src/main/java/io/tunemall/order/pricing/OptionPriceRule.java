package io.tunemall.order.pricing;

/** A variant's option (XL, 롱 기장) adds its price difference to each unit, list price included. */
final class OptionPriceRule implements PricingRule {

    @Override
    public void apply(PriceSheet sheet) {
        sheet.sheetLines().forEach(line -> line.optionCosts(line.variant().priceDifference()));
    }
}
