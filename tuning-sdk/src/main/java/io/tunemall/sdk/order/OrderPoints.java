package io.tunemall.sdk.order;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;

/**
 * The extension points of checkout and ordering.
 *
 * @since 1.0.0
 */
public final class OrderPoints {

    /** Validators that may refuse an order; see {@link OrderValidator}. */
    public static final ExtensionPoint<OrderValidator> VALIDATORS = new ExtensionPoint<>("order.validators",
            OrderValidator.class, FailurePolicy.FAIL_OPERATION,
            "Refuses an order with a message, on the checkout page and when it is placed; REPLACE replaces the "
                    + "platform's purchase limits, never the stock check.");

    private OrderPoints() {
    }
}
