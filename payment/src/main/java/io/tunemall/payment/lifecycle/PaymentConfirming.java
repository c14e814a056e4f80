package io.tunemall.payment.lifecycle;

import static io.tunemall.payment.api.PaymentState.CONFIRMING;
import static io.tunemall.payment.api.PaymentState.READY;
import static io.tunemall.payment.api.PaymentState.UNKNOWN;

import io.tunemall.payment.api.PaymentConfirmation;
import io.tunemall.payment.api.PaymentFailure;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.gateway.GatewayAlreadyProcessed;
import io.tunemall.payment.api.gateway.GatewayConfirm;
import io.tunemall.payment.api.gateway.GatewayDeclined;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayUnavailable;
import io.tunemall.payment.setting.PaymentGateways;
import io.tunemall.payment.setting.PaymentProperties;
import io.tunemall.platform.id.Ids;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * Confirming a payment: the step where money is taken. The order of things is what makes it safe:
 * <ol>
 * <li>the amounts are compared: the server's, the payment's and the shopper's browser's must agree, else nothing is
 * sent to the gateway;</li>
 * <li>one conditional UPDATE moves the payment from READY to CONFIRMING and commits: of any number of concurrent
 * confirms, on any number of nodes, exactly one wins and calls the gateway; the others wait for its outcome;</li>
 * <li>the gateway is called outside any transaction, with an idempotency key stored in step 2;</li>
 * <li>its answer settles the payment; no answer leaves it UNKNOWN for reconciliation, which asks the gateway.</li>
 * </ol>
 */
@Component
class PaymentConfirming {

    private static final long POLL_MILLIS = 50;

    private final PaymentRecords records;
    private final PaymentLog history;
    private final Settlement settlement;
    private final PaymentReconciling reconciling;
    private final ShortTransactions transactions;
    private final PaymentGateways gateways;
    private final PaymentProperties properties;
    private final Ids ids;
    private final ShopClock clock;

    PaymentConfirming(PaymentRecords records, PaymentLog history, Settlement settlement, PaymentReconciling reconciling,
            ShortTransactions transactions, PaymentGateways gateways, PaymentProperties properties, Ids ids,
            ShopClock clock) {
        this.records = records;
        this.history = history;
        this.settlement = settlement;
        this.reconciling = reconciling;
        this.transactions = transactions;
        this.gateways = gateways;
        this.properties = properties;
        this.ids = ids;
        this.clock = clock;
    }

    PaymentResult confirm(PaymentConfirmation request) {
        PaymentRow row = load(request.orderNumber());
        if (request.returnedAmount() != null && !request.returnedAmount().equals(request.expectedAmount())) {
            refuse(row, request, "AMOUNT_TAMPERED");
            throw PaymentRejected.amountMismatch("The shopper's browser returned " + request.returnedAmount()
                    + " but order " + row.orderNumber() + " comes to " + request.expectedAmount() + ": nothing was charged");
        }
        for (int round = 0; round < 3; round++) {
            switch (row.state()) {
                case READY -> {
                    if (!row.amount().equals(request.expectedAmount())) {
                        refuse(row, request, "AMOUNT_CHANGED");
                        throw PaymentRejected.amountMismatch("Order " + row.orderNumber() + " now comes to "
                                + request.expectedAmount() + " but its payment was begun for " + row.amount()
                                + ": nothing was charged; begin the payment again");
                    }
                    String key = ids.newId().toString();
                    PaymentRow claimed = row;
                    if (transactions.run(() -> claim(claimed, request.paymentKey(), key))) {
                        return callGateway(load(row.orderNumber()), request.paymentKey(), key);
                    }
                }
                case CONFIRMING, UNKNOWN -> {
                    sameKeyOrConflict(row, request, "payment-in-progress", "is being confirmed with another payment key");
                    return awaitOutcome(row.orderNumber());
                }
                case FAILED, EXPIRED -> {
                    if (request.paymentKey().equals(row.paymentKey())) {
                        return row.toResult();
                    }
                    throw PaymentRejected.conflict("payment-not-begun", "The last payment attempt of order "
                            + row.orderNumber() + " ended " + row.state() + "; begin a new one");
                }
                default -> {
                    sameKeyOrConflict(row, request, "payment-already-paid", "is already paid with another payment key");
                    return row.toResult();
                }
            }
            row = load(request.orderNumber());
        }
        throw new IllegalStateException("Payment of order " + request.orderNumber() + " kept changing while confirming");
    }

    private boolean claim(PaymentRow row, String paymentKey, String key) {
        Instant now = clock.now();
        if (!records.transition(row.id(), READY).to(CONFIRMING).set("payment_key", paymentKey).set("confirm_key", key)
                .apply(now)) {
            return false;
        }
        history.append(row.id(), PaymentLog.Kind.CONFIRM, PaymentLog.Outcome.REQUESTED, CONFIRMING, row.amount(),
                row.gateway(), paymentKey, key, null, null, now);
        return true;
    }

    private PaymentResult callGateway(PaymentRow row, String paymentKey, String key) {
        GatewayPayment reported;
        try {
            reported = gateways.get(row.gateway()).confirm(new GatewayConfirm(paymentKey, row.orderNumber(), row.amount(), key));
        } catch (GatewayDeclined declined) {
            transactions.run(() -> settlement.fail(row, PaymentLog.Kind.CONFIRM,
                    new PaymentFailure(declined.code(), declined.getMessage()), paymentKey, key, clock.now()));
            return load(row.orderNumber()).toResult();
        } catch (GatewayAlreadyProcessed processed) {
            // The gateway took this payment already (a confirm whose answer was lost): its status says how.
            return reconciling.reconcileNow(load(row.orderNumber()));
        } catch (GatewayUnavailable unavailable) {
            Instant now = clock.now();
            transactions.run(() -> {
                if (records.transition(row.id(), CONFIRMING).to(UNKNOWN).apply(now)) {
                    history.append(row.id(), PaymentLog.Kind.CONFIRM, PaymentLog.Outcome.TIMED_OUT, UNKNOWN, row.amount(),
                            row.gateway(), paymentKey, key, unavailable.code(), unavailable.getMessage(), now);
                }
            });
            return load(row.orderNumber()).toResult();
        }
        if (!settlement.settle(row, reported, PaymentLog.Kind.CONFIRM, key)) {
            // A confirm answered with a status that is not final: treat it like no answer.
            transactions.run(() -> records.transition(row.id(), CONFIRMING).to(UNKNOWN).apply(clock.now()));
        }
        return load(row.orderNumber()).toResult();
    }

    /** A second confirm of the same payment waits for the first one's outcome, so both answer the same. */
    private PaymentResult awaitOutcome(String orderNumber) {
        Instant deadline = clock.now().plus(properties.confirmWait());
        PaymentRow row = load(orderNumber);
        while (row.state() == CONFIRMING && clock.now().isBefore(deadline)) {
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                break;
            }
            row = load(orderNumber);
        }
        return row.toResult();
    }

    private static void sameKeyOrConflict(PaymentRow row, PaymentConfirmation request, String code, String what) {
        if (!request.paymentKey().equals(row.paymentKey())) {
            throw PaymentRejected.conflict(code, "Order " + row.orderNumber() + " " + what);
        }
    }

    private void refuse(PaymentRow row, PaymentConfirmation request, String code) {
        Instant now = clock.now();
        transactions.run(() -> history.append(row.id(), PaymentLog.Kind.CONFIRM, PaymentLog.Outcome.REJECTED, row.state(),
                request.returnedAmount() == null ? request.expectedAmount() : request.returnedAmount(), row.gateway(),
                request.paymentKey(), null, code, "expected " + request.expectedAmount().won() + ", payment "
                        + row.amount().won() + ", returned "
                        + (request.returnedAmount() == null ? "-" : request.returnedAmount().won()), now));
    }

    private PaymentRow load(String orderNumber) {
        return records.find(orderNumber).orElseThrow(() -> PaymentRejected.notFound(orderNumber));
    }
}
