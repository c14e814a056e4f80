package io.tunemall.payment.api.gateway;

import io.tunemall.payment.api.PaymentFailure;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.VirtualAccount;
import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * A payment as the gateway reports it.
 *
 * @param status its status at the gateway
 * @param paymentKey the gateway's key
 * @param orderNumber the order (the gateway's order id)
 * @param method how it was paid, when the gateway says so; null if unknown
 * @param totalAmount the amount approved
 * @param balanceAmount what is left after cancels
 * @param approvedAt when it was approved, null if it was not
 * @param virtualAccount the issued account, for virtual accounts
 * @param depositSecret the secret the gateway's deposit callback will carry, for virtual accounts; else null
 * @param cashReceiptIssued the gateway issued a cash receipt with the payment
 * @param transactionKey the key of the gateway's latest transaction on it (approval or cancel)
 * @param failure why it failed, for ABORTED/EXPIRED when the gateway says
 */
public record GatewayPayment(GatewayStatus status, String paymentKey, String orderNumber, PaymentMethod method,
        Money totalAmount, Money balanceAmount, Instant approvedAt, VirtualAccount virtualAccount,
        String depositSecret, boolean cashReceiptIssued, String transactionKey, PaymentFailure failure) {
}
