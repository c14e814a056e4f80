package io.tunemall.payment.api.gateway;

import io.tunemall.payment.api.ApprovalStep;
import java.util.Optional;

/**
 * A payment gateway (PG) as the payment module uses it. An adapter speaks one gateway's protocol and nothing else:
 * it keeps no state of its own beyond what the gateway keeps, decides nothing about orders, and reports every
 * outcome in these terms. The payment module calls it outside database transactions and records each call.
 *
 * <p>Errors: a definitive refusal is a {@link GatewayDeclined} (nothing happened at the gateway); a request the
 * gateway already carried out is a {@link GatewayAlreadyProcessed}; a request whose outcome is unknown (timeout,
 * connection lost, gateway server error) is a {@link GatewayUnavailable}. Every state-changing request carries an
 * idempotency key, so sending it again with the same key is safe.
 */
public interface PaymentGateway {

    /** The gateway's id, stored with each payment ("test", "toss"). */
    String id();

    /** Prepares the shopper's approval step: a page to send the shopper to, or the widget's parameters. */
    ApprovalStep prepare(GatewayCheckout checkout);

    /** Takes the approved amount. */
    GatewayPayment confirm(GatewayConfirm confirm);

    /**
     * Gives back all or part of a payment; for a deposited virtual account, to {@link GatewayCancel#refundAccount()}.
     * Answers the payment after the cancel.
     */
    GatewayPayment cancel(GatewayCancel cancel);

    /**
     * Where the gateway says the payment stands, by its key when known, else by the order number; empty when the
     * gateway never heard of it.
     */
    Optional<GatewayPayment> query(String orderNumber, String paymentKey);

    /**
     * Reads a webhook or callback and checks what the gateway's protocol lets the adapter check (its signature, if it
     * has one). Secrets the payment module holds (a virtual account's deposit secret) are checked by the module.
     *
     * @throws GatewayDeclined when the body is not a callback of this gateway
     */
    GatewayNotification read(GatewayCallback callback);

    /** Issues a cash receipt (현금영수증) for a cash payment. */
    CashReceiptIssued issueCashReceipt(CashReceiptIssue issue);
}
