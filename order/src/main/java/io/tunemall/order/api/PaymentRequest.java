package io.tunemall.order.api;

import io.tunemall.sdk.Money;

/**
 * What a payment step needs to start paying for an order.
 *
 * @param orderName what the payment window shows, such as {@code 울 코트 외 2건}
 * @param amount the amount to charge: the order's charged amount, computed by the server
 * @param buyerEmail null when not given
 * @param memberId null for a guest
 * @param taxFreeAmount the tax-free (면세) part of the amount, from the order lines' products; zero when all is taxable
 * @param payment how the shopper chose to pay
 */
public record PaymentRequest(String orderNumber, String orderName, Money amount, String buyerName, String buyerPhone,
        String buyerEmail, Long memberId, Money taxFreeAmount, PaymentChoice payment) {

    public PaymentRequest {
        taxFreeAmount = taxFreeAmount == null ? Money.ZERO : taxFreeAmount;
        payment = payment == null ? PaymentChoice.CARD : payment;
    }
}
