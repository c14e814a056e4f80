package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * Money was given back: all or part of a payment, or an unpaid virtual account was cancelled ({@code amount} zero).
 *
 * @param orderNumber the order
 * @param amount how much this cancel gave back
 * @param taxFreeAmount the tax-free part of it
 * @param vat the VAT within it
 * @param remaining what is still paid after it
 * @param fullyCancelled nothing remains paid
 * @param reason why
 * @param cancelledAt when the gateway did it
 * @param idempotencyKey the key the cancel was asked for with ({@link PaymentCancellation#idempotencyKey()}), so that
 *        the asker can match an outcome that arrives late (a cancel the gateway first left unanswered and answered
 *        on a later try); null for cancels nobody asked for through {@link Payments#cancel}
 */
public record PaymentCancelled(String orderNumber, Money amount, Money taxFreeAmount, Money vat, Money remaining,
        boolean fullyCancelled, String reason, Instant cancelledAt, String idempotencyKey) {
}
