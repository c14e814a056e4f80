package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.util.Objects;

/**
 * The shopper came back from the approval step; the server asks the gateway to take the money.
 *
 * @param orderNumber the order ({@code orderId} on the success URL)
 * @param paymentKey the gateway's key of the approved payment ({@code paymentKey} on the success URL)
 * @param returnedAmount the {@code amount} on the success URL: what the shopper's browser says it approved; null if
 *        the caller has none. It is compared, never trusted.
 * @param expectedAmount what the server recomputed for the order just now: the only amount that is charged
 */
public record PaymentConfirmation(String orderNumber, String paymentKey, Money returnedAmount, Money expectedAmount) {

    public PaymentConfirmation {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(paymentKey, "paymentKey");
        Objects.requireNonNull(expectedAmount, "expectedAmount");
    }
}
