package io.tunemall.order.pricing;

/** One step of the platform's price pipeline; each rule is a small class that writes on the sheet. */
interface PricingRule {

    void apply(PriceSheet sheet);
}
