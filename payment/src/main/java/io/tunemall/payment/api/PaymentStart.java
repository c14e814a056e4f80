package io.tunemall.payment.api;

import io.tunemall.sdk.Money;

/**
 * A payment begun and waiting for the shopper's approval.
 *
 * @param orderNumber the order being paid
 * @param gateway the id of the gateway that will carry the payment ("test", "toss")
 * @param amount the amount the shopper will approve
 * @param approval where or how the shopper approves it
 */
public record PaymentStart(String orderNumber, String gateway, Money amount, ApprovalStep approval)
        implements java.io.Serializable {
}
