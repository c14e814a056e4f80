package io.tunemall.payment.lifecycle;

import static io.tunemall.payment.api.PaymentState.CONFIRMING;
import static io.tunemall.payment.api.PaymentState.UNKNOWN;

import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentConfirmed;
import io.tunemall.payment.api.PaymentFailed;
import io.tunemall.payment.api.PaymentFailure;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.VirtualAccountDeposited;
import io.tunemall.payment.api.VirtualAccountIssued;
import io.tunemall.payment.api.gateway.GatewayCancel;
import io.tunemall.payment.api.gateway.GatewayException;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayStatus;
import io.tunemall.payment.setting.PaymentGateways;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns what a gateway reported about a confirm (its answer, or a status query's) into the payment's state, its
 * history and its events. Each settlement is one conditional transition out of CONFIRMING/UNKNOWN: when the confirm
 * call, the reconciliation job and a second node all learn the outcome, one of them settles it and publishes the
 * event; the others change nothing.
 */
@Component
class Settlement {

    private static final Logger log = LoggerFactory.getLogger(Settlement.class);

    static final String AMOUNT_MISMATCH = "PAYMENT_AMOUNT_MISMATCH";

    private final PaymentRecords records;
    private final PaymentLog history;
    private final PaymentEvents events;
    private final ShortTransactions transactions;
    private final PaymentGateways gateways;
    private final ShopClock clock;

    Settlement(PaymentRecords records, PaymentLog history, PaymentEvents events, ShortTransactions transactions,
            PaymentGateways gateways, ShopClock clock) {
        this.records = records;
        this.history = history;
        this.events = events;
        this.transactions = transactions;
        this.gateways = gateways;
        this.clock = clock;
    }

    /**
     * Settles a payment whose confirm outcome was waited for. Answers false when the report is not final (the gateway
     * still waits for the shop's confirm) and nothing was changed.
     */
    boolean settle(PaymentRow row, GatewayPayment reported, PaymentLog.Kind kind, String idempotencyKey) {
        GatewayStatus status = reported.status();
        if (status == GatewayStatus.READY || status == GatewayStatus.IN_PROGRESS) {
            return false;
        }
        if (status == GatewayStatus.DONE && !reported.totalAmount().equals(row.amount())) {
            giveBackMismatchedAmount(row, reported);
            return true;
        }
        transactions.run(() -> apply(row, reported, kind, idempotencyKey));
        return true;
    }

    private void apply(PaymentRow row, GatewayPayment reported, PaymentLog.Kind kind, String idempotencyKey) {
        Instant now = clock.now();
        Instant approvedAt = reported.approvedAt() == null ? now : reported.approvedAt();
        var method = reported.method() == null ? row.method() : reported.method();
        switch (reported.status()) {
            case DONE -> {
                if (records.transition(row.id(), CONFIRMING, UNKNOWN).to(PaymentState.CONFIRMED)
                        .set("payment_key", reported.paymentKey()).set("method", method).set("approved_at", approvedAt)
                        .set("cash_receipt_issued", reported.cashReceiptIssued()).apply(now)) {
                    record(row, kind, PaymentLog.Outcome.SUCCEEDED, PaymentState.CONFIRMED, reported, idempotencyKey, now);
                    events.confirmed(new PaymentConfirmed(row.orderNumber(), row.gateway(), reported.paymentKey(), method,
                            row.amount(), row.taxFreeAmount(), approvedAt));
                }
            }
            case WAITING_FOR_DEPOSIT -> {
                var account = reported.virtualAccount();
                if (records.transition(row.id(), CONFIRMING, UNKNOWN).to(PaymentState.WAITING_FOR_DEPOSIT)
                        .set("payment_key", reported.paymentKey()).set("method", method)
                        .set("va_bank", account == null ? null : account.bank())
                        .set("va_account_number", account == null ? null : account.accountNumber())
                        .set("va_due_at", account == null ? null : account.dueAt())
                        .set("va_secret_hash", hash(reported.depositSecret())).apply(now)) {
                    record(row, kind, PaymentLog.Outcome.SUCCEEDED, PaymentState.WAITING_FOR_DEPOSIT, reported,
                            idempotencyKey, now);
                    if (account != null) {
                        events.virtualAccountIssued(new VirtualAccountIssued(row.orderNumber(), row.amount(), account));
                    }
                }
            }
            case ABORTED, EXPIRED -> {
                PaymentFailure failure = reported.failure() != null ? reported.failure()
                        : new PaymentFailure(reported.status().name(), "The payment was not completed at the gateway");
                fail(row, kind, failure, reported.paymentKey(), idempotencyKey, now);
            }
            case CANCELED, PARTIAL_CANCELED -> settleCancelledAtGateway(row, reported, kind, idempotencyKey, approvedAt, now);
            default -> throw new IllegalStateException("Not a final status: " + reported.status());
        }
    }

    /** A payment the gateway reports cancelled while we waited: it was approved and cancelled in the gateway's console. */
    private void settleCancelledAtGateway(PaymentRow row, GatewayPayment reported, PaymentLog.Kind kind,
            String idempotencyKey, Instant approvedAt, Instant now) {
        Money cancelled = reported.totalAmount().minusAtMostToZero(reported.balanceAmount());
        boolean full = reported.status() == GatewayStatus.CANCELED;
        PaymentState state = full ? PaymentState.CANCELLED : PaymentState.PARTIALLY_CANCELLED;
        if (records.transition(row.id(), CONFIRMING, UNKNOWN).to(state).set("payment_key", reported.paymentKey())
                .set("approved_at", approvedAt).set("cancelled_amount", cancelled).apply(now)) {
            record(row, kind, PaymentLog.Outcome.SUCCEEDED, state, reported, idempotencyKey, now);
            if (!full) {
                events.confirmed(new PaymentConfirmed(row.orderNumber(), row.gateway(), reported.paymentKey(), row.method(),
                        row.amount(), row.taxFreeAmount(), approvedAt));
            }
            events.cancelled(new PaymentCancelled(row.orderNumber(), cancelled, Money.ZERO, Money.ZERO,
                    row.amount().minusAtMostToZero(cancelled), full, "Cancelled at the gateway", now, null));
        }
    }

    /** Marks a waiting payment FAILED and tells the order; false when it was not waiting any more. */
    boolean fail(PaymentRow row, PaymentLog.Kind kind, PaymentFailure failure, String gatewayKey, String idempotencyKey,
            Instant now) {
        if (!records.transition(row.id(), CONFIRMING, UNKNOWN).to(PaymentState.FAILED)
                .set("failure_code", PaymentRecords.truncate(failure.code(), 60))
                .set("failure_message", PaymentRecords.truncate(failure.message(), 510)).apply(now)) {
            return false;
        }
        history.append(row.id(), kind, PaymentLog.Outcome.DECLINED, PaymentState.FAILED, row.amount(), row.gateway(),
                gatewayKey, idempotencyKey, failure.code(), failure.message(), now);
        events.failed(new PaymentFailed(row.orderNumber(), failure.code(), failure.message(), now));
        return true;
    }

    void announceFailure(String orderNumber, String code, String message, Instant at) {
        events.failed(new PaymentFailed(orderNumber, code, message, at));
    }

    /** The deposit callback of a virtual account, verified: the order is paid. */
    void deposited(PaymentRow row, Instant depositedAt) {
        Instant now = clock.now();
        Instant at = depositedAt == null ? now : depositedAt;
        if (records.transition(row.id(), PaymentState.WAITING_FOR_DEPOSIT).to(PaymentState.CONFIRMED)
                .set("approved_at", at).apply(now)) {
            history.append(row.id(), PaymentLog.Kind.CALLBACK, PaymentLog.Outcome.SUCCEEDED, PaymentState.CONFIRMED,
                    row.amount(), row.gateway(), row.paymentKey(), null, "DEPOSITED", null, now);
            events.virtualAccountDeposited(new VirtualAccountDeposited(row.orderNumber(), row.amount(), at));
            events.confirmed(new PaymentConfirmed(row.orderNumber(), row.gateway(), row.paymentKey(), row.method(),
                    row.amount(), row.taxFreeAmount(), at));
        }
    }

    /**
     * The gateway approved another amount than the payment's (a client that changed the amount the gateway saw): the
     * money is given back at once and the payment fails. If the give-back gets no answer, the payment stays UNKNOWN
     * and reconciliation sees the same report and tries again with the same idempotency key.
     */
    private void giveBackMismatchedAmount(PaymentRow row, GatewayPayment reported) {
        String key = "mismatch-" + row.confirmKey();
        Instant now = clock.now();
        try {
            gateways.get(row.gateway()).cancel(new GatewayCancel(reported.paymentKey(), row.orderNumber(),
                    reported.totalAmount(), Money.ZERO, "결제 금액 불일치 (amount mismatch)", null, key));
        } catch (GatewayException failure) {
            log.error("Payment {} was approved for {} instead of {} and could not be given back yet: {}",
                    row.orderNumber(), reported.totalAmount(), row.amount(), failure.getMessage());
            transactions.run(() -> {
                if (records.transition(row.id(), CONFIRMING).to(UNKNOWN).apply(now)) {
                    history.append(row.id(), PaymentLog.Kind.CANCEL, PaymentLog.Outcome.TIMED_OUT, UNKNOWN,
                            reported.totalAmount(), row.gateway(), reported.paymentKey(), key, failure.code(),
                            failure.getMessage(), now);
                }
            });
            return;
        }
        transactions.run(() -> fail(row, PaymentLog.Kind.CANCEL, new PaymentFailure(AMOUNT_MISMATCH,
                        "The gateway approved " + reported.totalAmount() + " for an order of " + row.amount()
                                + "; the money was given back"),
                reported.paymentKey(), key, now));
    }

    private void record(PaymentRow row, PaymentLog.Kind kind, PaymentLog.Outcome outcome, PaymentState after,
            GatewayPayment reported, String idempotencyKey, Instant now) {
        history.append(row.id(), kind, outcome, after, reported.totalAmount(), row.gateway(), reported.paymentKey(),
                idempotencyKey, reported.status().name(), null, now);
    }

    static String hash(String secret) {
        if (secret == null) {
            return null;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
