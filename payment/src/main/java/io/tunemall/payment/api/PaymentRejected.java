package io.tunemall.payment.api;

import io.tunemall.platform.error.ShopException;

/** A payment request refused because of what was asked; the code names the reason (see {@link Payments}). */
public class PaymentRejected extends ShopException {

    public PaymentRejected(int status, String code, String detail) {
        super(status, code, detail);
    }

    public static PaymentRejected notFound(String orderNumber) {
        return new PaymentRejected(404, "payment-not-found", "No payment for order " + orderNumber);
    }

    public static PaymentRejected invalid(String detail) {
        return new PaymentRejected(422, "payment-invalid", detail);
    }

    public static PaymentRejected amountMismatch(String detail) {
        return new PaymentRejected(422, "payment-amount-mismatch", detail);
    }

    public static PaymentRejected conflict(String code, String detail) {
        return new PaymentRejected(409, code, detail);
    }

    public static PaymentRejected unprocessable(String code, String detail) {
        return new PaymentRejected(422, code, detail);
    }

    public static PaymentRejected gatewayUnavailable(String detail) {
        return new PaymentRejected(503, "payment-gateway-unavailable", detail);
    }

    public static PaymentRejected callbackRejected(String detail) {
        return new PaymentRejected(401, "payment-callback-rejected", detail);
    }
}
