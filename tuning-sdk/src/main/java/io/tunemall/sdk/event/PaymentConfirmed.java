package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * An order is paid: the payment gateway took the money, or, for a virtual account, the shopper's deposit arrived.
 * Published once per payment.
 *
 * @param orderNumber the paid order's number, e.g. {@code 20261123-000123}
 * @param amount the amount taken, VAT included
 * @param taxFreeAmount the tax-free part of it
 * @param method how it was paid: {@code CARD}, {@code TRANSFER}, {@code VIRTUAL_ACCOUNT}, {@code NAVER_PAY},
 *        {@code KAKAO_PAY} or {@code TOSS_PAY} (more may be added)
 * @param approvedAt when the gateway approved it or the deposit arrived
 * @since 1.0.0
 */
public record PaymentConfirmed(String orderNumber, Money amount, Money taxFreeAmount, String method, Instant approvedAt) {
}
