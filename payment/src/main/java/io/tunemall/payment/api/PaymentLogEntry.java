package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * One line of a payment's history: a request to the gateway or a callback from it, and what came of it. The history
 * is append-only; the admin console shows it as the payment log of an order.
 *
 * @param kind BEGIN, CONFIRM, CANCEL, QUERY, CALLBACK, CASH_RECEIPT or ABANDON
 * @param outcome REQUESTED, SUCCEEDED, DECLINED, TIMED_OUT, REJECTED or IGNORED
 * @param stateAfter the payment's state after this step
 * @param amount the amount the step was about
 * @param gateway the gateway asked
 * @param gatewayKey the gateway's payment or transaction key, if any
 * @param idempotencyKey the idempotency key sent, if any
 * @param code the gateway's or the platform's code, if any
 * @param message what was said, if anything
 * @param at when
 */
public record PaymentLogEntry(String kind, String outcome, PaymentState stateAfter, Money amount, String gateway,
        String gatewayKey, String idempotencyKey, String code, String message, Instant at) {
}
