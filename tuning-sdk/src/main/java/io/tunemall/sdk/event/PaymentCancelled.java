package io.tunemall.sdk.event;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * Money was given back to the shopper: all or part of a payment. An unpaid virtual account that was cancelled gives
 * back nothing and has an amount of zero.
 *
 * @param orderNumber the order's number
 * @param amount what this cancel gave back
 * @param taxFreeAmount the tax-free part of it
 * @param remaining what is still paid after it
 * @param fullyCancelled nothing remains paid
 * @param reason why, as the shop said it
 * @param cancelledAt when
 * @since 1.0.0
 */
public record PaymentCancelled(String orderNumber, Money amount, Money taxFreeAmount, Money remaining,
        boolean fullyCancelled, String reason, Instant cancelledAt) {
}
