package io.tunemall.payment.lifecycle;

import io.tunemall.sdk.Money;
import java.time.Instant;

/** A row of payment_cancel: one cancellation and its tax split. */
record CancelRow(long id, long paymentId, Money amount, Money taxFreeAmount, Money vat, String reason, String state,
        String idempotencyKey, Instant requestedAt) {

    static final String REQUESTED = "REQUESTED";
    static final String DONE = "DONE";
    static final String FAILED = "FAILED";
    static final String UNKNOWN = "UNKNOWN";
}
