package io.tunemall.payment.lifecycle;

import static io.tunemall.payment.api.PaymentState.CONFIRMING;
import static io.tunemall.payment.api.PaymentState.UNKNOWN;

import io.tunemall.payment.api.PaymentFailure;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.gateway.GatewayAlreadyProcessed;
import io.tunemall.payment.api.gateway.GatewayConfirm;
import io.tunemall.payment.api.gateway.GatewayDeclined;
import io.tunemall.payment.api.gateway.GatewayException;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayStatus;
import io.tunemall.payment.api.gateway.PaymentGateway;
import io.tunemall.payment.setting.PaymentGateways;
import io.tunemall.payment.setting.PaymentProperties;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Settles payments whose confirm got no answer, by asking the gateway where they stand (its status query):
 * <ul>
 * <li>DONE: the money was taken; the payment becomes CONFIRMED and PaymentConfirmed is published, so the order is
 * paid; an order that was given up meanwhile gets its money back through {@code Payments.abandon};</li>
 * <li>still waiting for the shop's confirm (IN_PROGRESS): the confirm is sent again with the same idempotency key,
 * which the gateway carries out at most once;</li>
 * <li>ABORTED, EXPIRED or unknown to the gateway: nothing was taken; the payment FAILS.</li>
 * </ul>
 * A query that gets no answer changes nothing; the next run asks again. Cancels whose outcome was unknown are sent
 * again with their own idempotency keys ({@link PaymentCancelling#retryUnknown}).
 */
@Component
class PaymentReconciling {

    private static final Logger log = LoggerFactory.getLogger(PaymentReconciling.class);

    private final PaymentRecords records;
    private final PaymentLog history;
    private final Settlement settlement;
    private final ShortTransactions transactions;
    private final PaymentGateways gateways;
    private final PaymentProperties properties;
    private final ShopClock clock;

    PaymentReconciling(PaymentRecords records, PaymentLog history, Settlement settlement, ShortTransactions transactions,
            PaymentGateways gateways, PaymentProperties properties, ShopClock clock) {
        this.records = records;
        this.history = history;
        this.settlement = settlement;
        this.transactions = transactions;
        this.gateways = gateways;
        this.properties = properties;
        this.clock = clock;
    }

    /** Settles the payment if it is unsettled: UNKNOWN, or CONFIRMING for longer than a confirm can take. */
    PaymentResult reconcile(String orderNumber) {
        PaymentRow row = records.find(orderNumber).orElseThrow(() -> PaymentRejected.notFound(orderNumber));
        if (row.state() == UNKNOWN || row.state() == CONFIRMING && isStalled(row)) {
            return reconcileNow(row);
        }
        return row.toResult();
    }

    boolean isStalled(PaymentRow row) {
        return row.updatedAt().isBefore(clock.now().minus(properties.reconcileAfter()));
    }

    /** Asks the gateway now and settles what it says. */
    PaymentResult reconcileNow(PaymentRow row) {
        PaymentGateway gateway = gateways.get(row.gateway());
        Optional<GatewayPayment> reported;
        try {
            reported = gateway.query(row.orderNumber(), row.paymentKey());
        } catch (GatewayException failure) {
            logQuery(row, PaymentLog.Outcome.TIMED_OUT, failure.code(), failure.getMessage());
            return current(row);
        }
        if (reported.isEmpty()) {
            transactions.run(() -> settlement.fail(row, PaymentLog.Kind.QUERY, new PaymentFailure("NOT_FOUND_PAYMENT",
                    "The gateway has no such payment: nothing was taken"), row.paymentKey(), null, clock.now()));
            return current(row);
        }
        GatewayPayment payment = reported.get();
        if (payment.status() == GatewayStatus.READY || payment.status() == GatewayStatus.IN_PROGRESS) {
            return confirmAgain(row, payment);
        }
        settlement.settle(row, payment, PaymentLog.Kind.QUERY, row.confirmKey());
        return current(row);
    }

    /**
     * The gateway never received the confirm (or lost it): the shopper's approval is still valid there, so the same
     * confirm goes again with the same idempotency key.
     */
    private PaymentResult confirmAgain(PaymentRow row, GatewayPayment pending) {
        if (row.paymentKey() == null || row.confirmKey() == null) {
            logQuery(row, PaymentLog.Outcome.IGNORED, pending.status().name(), "No confirm to repeat");
            return current(row);
        }
        logQuery(row, PaymentLog.Outcome.SUCCEEDED, pending.status().name(), "Confirm sent again with its idempotency key");
        try {
            GatewayPayment confirmed = gateways.get(row.gateway()).confirm(new GatewayConfirm(row.paymentKey(),
                    row.orderNumber(), row.amount(), row.confirmKey()));
            settlement.settle(row, confirmed, PaymentLog.Kind.CONFIRM, row.confirmKey());
        } catch (GatewayDeclined declined) {
            transactions.run(() -> settlement.fail(row, PaymentLog.Kind.CONFIRM,
                    new PaymentFailure(declined.code(), declined.getMessage()), row.paymentKey(), row.confirmKey(),
                    clock.now()));
        } catch (GatewayAlreadyProcessed | io.tunemall.payment.api.gateway.GatewayUnavailable failure) {
            log.info("Repeated confirm of {} got no final answer ({}); the next reconciliation asks again",
                    row.orderNumber(), failure.code());
        }
        return current(row);
    }

    private void logQuery(PaymentRow row, PaymentLog.Outcome outcome, String code, String message) {
        Instant now = clock.now();
        PaymentState state = row.state();
        transactions.run(() -> history.append(row.id(), PaymentLog.Kind.QUERY, outcome, state, row.amount(), row.gateway(),
                row.paymentKey(), null, code, message, now));
    }

    private PaymentResult current(PaymentRow row) {
        return records.find(row.id()).map(PaymentRow::toResult).orElseThrow();
    }
}
