package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;

/**
 * An order just placed.
 *
 * @param paymentRedirect where the shopper goes to pay (from the {@link PaymentStep}), or null when the shop has no
 *     payment step: the order then waits for payment ({@link OrderState#PAYMENT_PENDING})
 */
public record PlacedOrder(String orderNumber, OrderState state, Money chargedAmount, String paymentRedirect)
        implements Serializable {
}
