package io.tunemall.order.pricing;

/** Every line starts at its product's list price (정가) and regular price. */
final class ListPriceRule implements PricingRule {

    @Override
    public void apply(PriceSheet sheet) {
        sheet.sheetLines().forEach(line -> line.listAt(line.variant().pricing().listPrice(), line.variant().pricing().price()));
    }
}
