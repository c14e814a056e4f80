package io.tunemall.sdk.shipping;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;

/**
 * The extension points of shipping.
 *
 * @since 1.0.0
 */
public final class ShippingPoints {

    /** Shipping-fee rules of tuning modules; see {@link ShippingFeeRule}. */
    public static final ExtensionPoint<ShippingFeeRule> FEE_RULES = new ExtensionPoint<>("shipping.fee-rules",
            ShippingFeeRule.class, FailurePolicy.FAIL_OPERATION,
            "Changes the shipping fee after the owner's policy: BEFORE and AFTER the grade's free shipping, which "
                    + "REPLACE replaces.");

    private ShippingPoints() {
    }
}
