package io.tunemall.order.api;

import java.time.Instant;

import io.tunemall.sdk.Money;

/** What the payment module's glue may ask and tell of orders. */
public interface OrderPayments {

    /**
     * The amount to charge for an order, as the server computed it (never the amount a browser sent).
     *
     * @throws io.tunemall.platform.error.ShopException 404 when there is no such order
     */
    PaymentDue due(String orderNumber);

    /**
     * Records that the order was paid in full: PAYMENT_PENDING becomes PAID and OrderPaid is published. Telling it again
     * with the same payment id changes nothing (confirmations are retried).
     *
     * @throws PaymentAmountMismatch when the amount is not the order's charged amount; the order stays unpaid
     * @throws IllegalTransition when the order is no longer waiting for payment (it expired or was cancelled): the
     *     caller must cancel the payment
     */
    void markPaid(String orderNumber, String paymentId, Money amount);

    /**
     * {@link #markPaid(String, String, Money)}, keeping how it was paid on the order.
     *
     * @param method a {@code PaymentMethod} name, an integration's word for an outside payment, or null when unknown
     */
    void markPaid(String orderNumber, String paymentId, Money amount, String method);

    /**
     * A payment was begun for the order with this method (a later attempt with another method replaces it). The order
     * keeps it so that staff can filter by it and confirm the deposit of a bank-transfer or virtual-account order.
     * Ignored once the order is paid.
     */
    void paymentBegun(String orderNumber, String method);

    /**
     * A virtual account was issued for the order: it waits for the deposit until {@code dueAt} instead of expiring
     * after the payment timeout. Ignored unless the order is waiting for payment.
     */
    void depositAwaited(String orderNumber, Instant dueAt);
}
