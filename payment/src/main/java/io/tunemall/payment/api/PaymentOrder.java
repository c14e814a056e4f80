package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.util.Objects;

/**
 * What the payment module needs to know of an order to have it paid. The order module owns the order; payment knows
 * it only by these values.
 *
 * @param orderNumber the order's number, also the gateway's order id: 6 to 64 of {@code A-Z a-z 0-9 - _}
 * @param orderName what the shopper sees in the payment window, e.g. "오버핏 셔츠 외 2건"
 * @param amount the whole amount to charge, VAT included
 * @param taxFreeAmount the part of the amount that is tax-free (면세); zero for an all-taxable order
 * @param customerName the shopper's name, passed to the gateway
 * @param customerEmail the shopper's e-mail for the gateway's receipt, may be null
 * @param customerPhone the shopper's mobile number (digits), may be null
 * @param successUrl where the approval step sends the shopper back with {@code paymentKey}, {@code orderId} and
 *        {@code amount}; the page there calls {@link Payments#confirm}
 * @param failUrl where the approval step sends the shopper with {@code code} and {@code message} when it failed or
 *        the shopper gave up
 * @param method how the shopper chose to pay
 * @param cashReceipt the cash receipt asked for (cash methods only), or null
 */
public record PaymentOrder(
        String orderNumber,
        String orderName,
        Money amount,
        Money taxFreeAmount,
        String customerName,
        String customerEmail,
        String customerPhone,
        String successUrl,
        String failUrl,
        PaymentMethod method,
        CashReceiptRequest cashReceipt) {

    public PaymentOrder {
        Objects.requireNonNull(orderNumber, "orderNumber");
        Objects.requireNonNull(orderName, "orderName");
        Objects.requireNonNull(amount, "amount");
        taxFreeAmount = taxFreeAmount == null ? Money.ZERO : taxFreeAmount;
        Objects.requireNonNull(successUrl, "successUrl");
        Objects.requireNonNull(failUrl, "failUrl");
        Objects.requireNonNull(method, "method");
    }

    /** An all-taxable order without a cash receipt request. */
    public static PaymentOrder of(String orderNumber, String orderName, Money amount, String customerName,
            String customerEmail, String customerPhone, String successUrl, String failUrl, PaymentMethod method) {
        return new PaymentOrder(orderNumber, orderName, amount, Money.ZERO, customerName, customerEmail, customerPhone,
                successUrl, failUrl, method, null);
    }

    public PaymentOrder withTaxFree(Money taxFree) {
        return new PaymentOrder(orderNumber, orderName, amount, taxFree, customerName, customerEmail, customerPhone,
                successUrl, failUrl, method, cashReceipt);
    }

    public PaymentOrder withCashReceipt(CashReceiptRequest receipt) {
        return new PaymentOrder(orderNumber, orderName, amount, taxFreeAmount, customerName, customerEmail,
                customerPhone, successUrl, failUrl, method, receipt);
    }

    /** The taxable, tax-free and VAT parts of the amount. */
    public TaxSplit taxSplit() {
        return TaxSplit.of(amount, taxFreeAmount);
    }

    @Override
    public String toString() {
        return "PaymentOrder[" + orderNumber + ", " + amount + ", " + method + "]";
    }
}
