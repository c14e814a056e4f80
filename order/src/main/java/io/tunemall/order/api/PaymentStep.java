package io.tunemall.order.api;

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
}
