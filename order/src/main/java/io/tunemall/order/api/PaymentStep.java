package io.tunemall.order.api;

import java.util.List;

/**
 * Starts paying for an order just placed, implemented by the payment module's glue. Checkout calls it after the order
 * has been committed in {@link OrderState#PAYMENT_PENDING}; when the payment completes, the glue calls
 * {@link OrderPayments#markPaid}. A shop without an implementation keeps its orders waiting for payment, and they
 * expire after the payment timeout.
 */
public interface PaymentStep {

    /**
     * @return where to send the shopper to pay: an absolute URL or a path of this shop (such as
     *     {@code /pay/test/20261123-000123})
     */
    String begin(PaymentRequest request);

    /**
     * What is wrong with the shopper's payment choice (a method the shop does not offer, a cash receipt number that
     * cannot be one), checked before the order is placed so that nothing is placed that cannot be paid.
     *
     * @return the problems, with fields {@code payment.method}, {@code payment.cashReceiptType} or
     *     {@code payment.cashReceiptIdentity}; empty when the choice can be paid
     */
    default List<CheckoutProblem> problems(PaymentChoice choice) {
        return List.of();
    }
}
