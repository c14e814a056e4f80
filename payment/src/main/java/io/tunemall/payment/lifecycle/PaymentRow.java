package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.payment.api.PaymentFailure;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.VirtualAccount;
import io.tunemall.sdk.Money;
import java.time.Instant;

/** A row of the payment table: the current state of one order's payment. */
record PaymentRow(
        long id,
        String orderNumber,
        String orderName,
        String gateway,
        PaymentMethod method,
        PaymentState state,
        Money amount,
        Money taxFreeAmount,
        Money cancelledAmount,
        Money cancelledTaxFree,
        boolean escrow,
        CashReceiptType cashReceiptType,
        boolean cashReceiptIssued,
        String paymentKey,
        String confirmKey,
        int attempt,
        String failureCode,
        String failureMessage,
        VirtualAccount virtualAccount,
        String depositSecretHash,
        Instant approvedAt,
        Instant createdAt,
        Instant updatedAt) {

    Money balance() {
        return amount.minus(cancelledAmount);
    }

    Money taxFreeBalance() {
        return taxFreeAmount.minus(cancelledTaxFree);
    }

    PaymentResult toResult() {
        PaymentFailure failure = failureCode == null ? null : new PaymentFailure(failureCode, failureMessage);
        return new PaymentResult(orderNumber, gateway, method, state, amount, cancelledAmount, paymentKey, approvedAt,
                failure, virtualAccount);
    }
}
