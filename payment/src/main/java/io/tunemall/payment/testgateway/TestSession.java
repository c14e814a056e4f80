package io.tunemall.payment.testgateway;

import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.sdk.Money;
import java.time.Instant;

/** One payment on the test gateway's side: what a real gateway keeps about a payment. */
record TestSession(String token, String orderNumber, String orderName, PaymentMethod method, Money amount,
        Money taxFreeAmount, Money balance, String successUrl, String failUrl, boolean escrow, String state,
        String paymentKey, String confirmKey, int charges, String accountNumber, String depositSecret,
        String cashReceiptType, Instant createdAt, Instant updatedAt) {
}
