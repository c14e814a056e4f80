package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A payment as it stands after a request: what the checkout page, the order and the admin console show.
 *
 * @param orderNumber the order it pays
 * @param gateway the gateway that carries it
 * @param method how the shopper pays
 * @param state where it stands
 * @param amount the amount charged (or to be charged)
 * @param cancelledAmount how much of it was given back
 * @param paymentKey the gateway's key of the payment, null before the approval step
 * @param approvedAt when the gateway approved it, null if it has not
 * @param failure why it failed, null unless {@link PaymentState#FAILED}
 * @param virtualAccount where to deposit, for virtual-account payments once issued; else null
 */
public record PaymentResult(
        String orderNumber,
        String gateway,
        PaymentMethod method,
        PaymentState state,
        Money amount,
        Money cancelledAmount,
        String paymentKey,
        Instant approvedAt,
        PaymentFailure failure,
        VirtualAccount virtualAccount) {

    /** What is left to give back: the amount less what was cancelled. */
    public Money balance() {
        return amount.minus(cancelledAmount);
    }

    /** The order may be treated as paid. */
    public boolean isPaid() {
        return state.holdsMoney();
    }
}
