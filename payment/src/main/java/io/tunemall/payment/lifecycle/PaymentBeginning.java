package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.ApprovalStep;
import io.tunemall.payment.api.PaymentOptions;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.gateway.GatewayCheckout;
import io.tunemall.payment.api.gateway.PaymentGateway;
import io.tunemall.payment.setting.PaymentGateways;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Beginning a payment: the payment row is written (or a failed attempt restarted) in the caller's transaction, so an
 * order and its payment are created together when checkout does both; then the gateway prepares the approval step.
 */
@Component
class PaymentBeginning {

    /** What Toss Payments accepts as an order id, and so what every gateway is given. */
    private static final Pattern ORDER_NUMBER = Pattern.compile("[A-Za-z0-9_-]{6,64}");

    private final PaymentRecords records;
    private final PaymentLog history;
    private final PaymentSettings settings;
    private final PaymentGateways gateways;
    private final TransactionTemplate transaction;
    private final ShopClock clock;

    PaymentBeginning(PaymentRecords records, PaymentLog history, PaymentSettings settings, PaymentGateways gateways,
            PlatformTransactionManager transactions, ShopClock clock) {
        this.records = records;
        this.history = history;
        this.settings = settings;
        this.gateways = gateways;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    PaymentStart begin(PaymentOrder order) {
        check(order);
        PaymentOptions options = settings.options();
        if (!options.offers(order.method())) {
            throw PaymentRejected.unprocessable("payment-method-off", "The shop does not take " + order.method() + " payments");
        }
        PaymentGateway gateway = gateways.get(options.gateway());
        boolean escrow = options.escrow() && order.method().isCash();
        transaction.executeWithoutResult(status -> write(order, gateway.id(), escrow));
        ApprovalStep approval = gateway.prepare(new GatewayCheckout(order, escrow));
        return new PaymentStart(order.orderNumber(), gateway.id(), order.amount(), approval);
    }

    private void write(PaymentOrder order, String gateway, boolean escrow) {
        Instant now = clock.now();
        // A locking read of a row that does not exist yet takes a gap lock on MariaDB, and two orders beginning at
        // once would then deadlock on their inserts: look without a lock first, lock only a row that is there.
        Optional<PaymentRow> existing = records.find(order.orderNumber())
                .flatMap(found -> records.findForUpdate(order.orderNumber()));
        long id;
        if (existing.isEmpty()) {
            try {
                id = records.insertReady(order, gateway, escrow, now);
            } catch (DuplicateKeyException concurrentBegin) {
                existing = records.findForUpdate(order.orderNumber());
                id = restart(existing.orElseThrow(), order, gateway, escrow, now);
            }
        } else {
            id = restart(existing.get(), order, gateway, escrow, now);
        }
        history.append(id, PaymentLog.Kind.BEGIN, PaymentLog.Outcome.REQUESTED, PaymentState.READY, order.amount(), gateway,
                null, null, order.method().name(), null, now);
    }

    private long restart(PaymentRow row, PaymentOrder order, String gateway, boolean escrow, Instant now) {
        switch (row.state()) {
            case READY, FAILED, EXPIRED -> {
                if (!records.restart(row.id(), order, gateway, escrow, now)) {
                    throw PaymentRejected.conflict("payment-in-progress", "The payment of order " + row.orderNumber()
                            + " changed while beginning again; try again");
                }
                return row.id();
            }
            case CONFIRMING, UNKNOWN -> throw PaymentRejected.conflict("payment-in-progress", "The payment of order "
                    + row.orderNumber() + " is being confirmed; wait for its outcome");
            default -> throw PaymentRejected.conflict("payment-already-paid", "Order " + row.orderNumber()
                    + " is already paid (" + row.state() + ")");
        }
    }

    private static void check(PaymentOrder order) {
        if (!ORDER_NUMBER.matcher(order.orderNumber()).matches()) {
            throw PaymentRejected.invalid("An order number for a payment is 6 to 64 letters, digits, '-' or '_': "
                    + order.orderNumber());
        }
        if (order.amount().isZero()) {
            throw PaymentRejected.invalid("Order " + order.orderNumber() + " comes to nothing: there is nothing to pay");
        }
        if (order.taxFreeAmount().isGreaterThan(order.amount())) {
            throw PaymentRejected.invalid("The tax-free part " + order.taxFreeAmount() + " exceeds the amount "
                    + order.amount());
        }
        if (order.orderName().isBlank()) {
            throw PaymentRejected.invalid("A payment needs an order name to show the shopper");
        }
        if (order.cashReceipt() != null && !order.method().isCash()) {
            throw PaymentRejected.invalid("A cash receipt is for bank-transfer and virtual-account payments only");
        }
        for (String url : new String[] {order.successUrl(), order.failUrl()}) {
            boolean pathOnly = url.startsWith("/") && !url.startsWith("//");
            if (!pathOnly && !url.startsWith("https://") && !url.startsWith("http://")) {
                throw PaymentRejected.invalid("Return addresses are paths of the shop or http(s) URLs: " + url);
            }
        }
    }
}
