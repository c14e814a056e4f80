package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.PaymentCancellation;
import io.tunemall.payment.api.PaymentConfirmation;
import io.tunemall.payment.api.PaymentLogEntry;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentStart;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.Payments;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** {@link Payments}, each operation handed to the class that knows its rules. */
@Service
class PaymentFacade implements Payments {

    private final PaymentBeginning beginning;
    private final PaymentConfirming confirming;
    private final PaymentCancelling cancelling;
    private final PaymentReconciling reconciling;
    private final PaymentRecords records;
    private final PaymentLog history;
    private final ShortTransactions transactions;
    private final ShopClock clock;

    PaymentFacade(PaymentBeginning beginning, PaymentConfirming confirming, PaymentCancelling cancelling,
            PaymentReconciling reconciling, PaymentRecords records, PaymentLog history, ShortTransactions transactions,
            ShopClock clock) {
        this.beginning = beginning;
        this.confirming = confirming;
        this.cancelling = cancelling;
        this.reconciling = reconciling;
        this.records = records;
        this.history = history;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public PaymentStart begin(PaymentOrder order) {
        return beginning.begin(order);
    }

    @Override
    public PaymentResult confirm(PaymentConfirmation confirmation) {
        return confirming.confirm(confirmation);
    }

    @Override
    public PaymentResult cancel(PaymentCancellation cancellation) {
        return cancelling.cancel(cancellation);
    }

    @Override
    public PaymentResult abandon(String orderNumber, String reason) {
        PaymentRow row = load(orderNumber);
        if (row.state().isPending()) {
            reconciling.reconcileNow(row);
            row = load(orderNumber);
        }
        return switch (row.state()) {
            case READY -> expire(row, reason);
            case CONFIRMED, PARTIALLY_CANCELLED -> cancelling.cancel(new PaymentCancellation(orderNumber, row.balance(),
                    null, reason, null, "abandon-" + orderNumber + "-" + row.attempt()));
            case WAITING_FOR_DEPOSIT -> cancelling.cancel(new PaymentCancellation(orderNumber, row.amount(), null, reason,
                    null, "abandon-" + orderNumber + "-" + row.attempt()));
            default -> row.toResult();
        };
    }

    private PaymentResult expire(PaymentRow row, String reason) {
        Instant now = clock.now();
        transactions.run(() -> {
            if (records.transition(row.id(), PaymentState.READY).to(PaymentState.EXPIRED).apply(now)) {
                history.append(row.id(), PaymentLog.Kind.ABANDON, PaymentLog.Outcome.SUCCEEDED, PaymentState.EXPIRED,
                        row.amount(), row.gateway(), null, null, null, reason, now);
            }
        });
        PaymentRow after = load(row.orderNumber());
        // A confirm may have claimed it in the meantime: then it is settled like any other.
        return after.state().isPending() ? abandon(row.orderNumber(), reason) : after.toResult();
    }

    @Override
    public Optional<PaymentResult> status(String orderNumber) {
        return records.find(orderNumber).map(PaymentRow::toResult);
    }

    @Override
    public PaymentResult reconcile(String orderNumber) {
        PaymentRow row = load(orderNumber);
        cancelling.retryUnknown(row.id());
        return reconciling.reconcile(orderNumber);
    }

    @Override
    public List<PaymentLogEntry> history(String orderNumber) {
        return history.entries(load(orderNumber).id());
    }

    private PaymentRow load(String orderNumber) {
        return records.find(orderNumber).orElseThrow(() -> PaymentRejected.notFound(orderNumber));
    }
}
