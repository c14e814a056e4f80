package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.PaymentCallbacks;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.gateway.GatewayCallback;
import io.tunemall.payment.api.gateway.GatewayException;
import io.tunemall.payment.api.gateway.GatewayNotification;
import io.tunemall.payment.api.gateway.GatewayStatus;
import io.tunemall.payment.setting.PaymentGateways;
import io.tunemall.platform.time.ShopClock;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Webhooks and callbacks of the gateways. A deposit callback is believed only when it carries the secret the gateway
 * issued with that very virtual account (compared in constant time with its stored hash); a status webhook, which
 * gateways do not sign, is only a reason to ask the gateway. Repeats change nothing: every change is a conditional
 * transition.
 */
@Service
class PaymentCallbackIntake implements PaymentCallbacks {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbackIntake.class);

    private final PaymentGateways gateways;
    private final PaymentRecords records;
    private final PaymentLog history;
    private final Settlement settlement;
    private final PaymentReconciling reconciling;
    private final ShortTransactions transactions;
    private final ShopClock clock;

    PaymentCallbackIntake(PaymentGateways gateways, PaymentRecords records, PaymentLog history, Settlement settlement,
            PaymentReconciling reconciling, ShortTransactions transactions, ShopClock clock) {
        this.gateways = gateways;
        this.records = records;
        this.history = history;
        this.settlement = settlement;
        this.reconciling = reconciling;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void receive(String gatewayId, Map<String, String> headers, String body) {
        if (!gateways.has(gatewayId)) {
            throw PaymentRejected.notFound("gateway " + gatewayId);
        }
        GatewayNotification notification;
        try {
            notification = gateways.get(gatewayId).read(new GatewayCallback(headers, body));
        } catch (GatewayException unreadable) {
            throw PaymentRejected.callbackRejected("Not a callback of " + gatewayId + ": " + unreadable.getMessage());
        }
        PaymentRow row = records.find(notification.orderNumber())
                .filter(found -> found.gateway().equals(gatewayId))
                .orElseThrow(() -> PaymentRejected.notFound(notification.orderNumber()));
        switch (notification.kind()) {
            case DEPOSIT -> deposit(row, notification);
            case STATUS_CHANGED -> statusChanged(row);
        }
    }

    private void deposit(PaymentRow row, GatewayNotification notification) {
        if (!secretMatches(row.depositSecretHash(), notification.secret())) {
            Instant now = clock.now();
            transactions.run(() -> history.append(row.id(), PaymentLog.Kind.CALLBACK, PaymentLog.Outcome.REJECTED,
                    row.state(), row.amount(), row.gateway(), notification.paymentKey(), null, "BAD_SECRET",
                    "A deposit callback without the account's secret", now));
            throw PaymentRejected.callbackRejected("The deposit callback for order " + row.orderNumber()
                    + " does not carry the secret of its virtual account");
        }
        GatewayStatus status = notification.status();
        if (status == GatewayStatus.DONE) {
            transactions.run(() -> settlement.deposited(row, notification.at()));
        } else if (status == GatewayStatus.CANCELED || status == GatewayStatus.EXPIRED) {
            transactions.run(() -> accountClosed(row, status));
        } else {
            // A deposit taken back by the bank (DONE -> WAITING_FOR_DEPOSIT, rare): the order stays as it is and the
            // owner sees it in the payment log.
            Instant now = clock.now();
            transactions.run(() -> history.append(row.id(), PaymentLog.Kind.CALLBACK, PaymentLog.Outcome.IGNORED,
                    row.state(), row.amount(), row.gateway(), notification.paymentKey(), null, status.name(),
                    "Deposit callback with status " + status, now));
            log.warn("Deposit callback for {} reports {} while the payment is {}", row.orderNumber(), status, row.state());
        }
    }

    private void accountClosed(PaymentRow row, GatewayStatus status) {
        Instant now = clock.now();
        if (records.transition(row.id(), PaymentState.WAITING_FOR_DEPOSIT).to(PaymentState.FAILED)
                .set("failure_code", "VIRTUAL_ACCOUNT_" + status.name())
                .set("failure_message", "The virtual account was closed before a deposit").apply(now)) {
            history.append(row.id(), PaymentLog.Kind.CALLBACK, PaymentLog.Outcome.SUCCEEDED, PaymentState.FAILED,
                    row.amount(), row.gateway(), row.paymentKey(), null, status.name(), null, now);
            settlement.announceFailure(row.orderNumber(), "VIRTUAL_ACCOUNT_" + status.name(),
                    "The virtual account was closed before a deposit", now);
        }
    }

    private void statusChanged(PaymentRow row) {
        if (row.state() == PaymentState.UNKNOWN || row.state() == PaymentState.CONFIRMING) {
            reconciling.reconcileNow(row);
        }
    }

    private static boolean secretMatches(String storedHash, String offered) {
        if (storedHash == null || offered == null) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                Settlement.hash(offered).getBytes(StandardCharsets.US_ASCII));
    }
}
