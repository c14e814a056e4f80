package io.tunemall.sdk.pricing;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;

/**
 * The extension points of pricing.
 *
 * @since 1.0.0
 */
public final class PricingPoints {

    /** Price rules of tuning modules; see {@link PriceRule} for when they run and what they may change. */
    public static final ExtensionPoint<PriceRule> PRICE_RULES = new ExtensionPoint<>("order.price-rules",
            PriceRule.class, FailurePolicy.FAIL_OPERATION,
            "Changes what an order costs: line and order discounts and charges, between the line prices and the "
                    + "shipping fee. BEFORE runs ahead of the grade discount and the coupon, REPLACE replaces both, "
                    + "AFTER runs after them.");

    private PricingPoints() {
    }
}
