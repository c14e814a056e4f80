package io.tunemall.payment.api;

/**
 * Why a payment failed, as the gateway said it.
 *
 * @param code the gateway's error code, e.g. {@code REJECT_CARD_PAYMENT}
 * @param message the gateway's message, written for the shopper (Korean for Korean gateways)
 */
public record PaymentFailure(String code, String message) {
}
