package io.tunemall.payment.lifecycle;

import io.tunemall.payment.api.PaymentCancellation;
import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.PaymentResult;
import io.tunemall.payment.api.PaymentState;
import io.tunemall.payment.api.TaxSplit;
import io.tunemall.payment.api.gateway.GatewayAlreadyProcessed;
import io.tunemall.payment.api.gateway.GatewayCancel;
import io.tunemall.payment.api.gateway.GatewayDeclined;
import io.tunemall.payment.api.gateway.GatewayPayment;
import io.tunemall.payment.api.gateway.GatewayUnavailable;
import io.tunemall.payment.setting.PaymentGateways;
import io.tunemall.platform.id.Ids;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Giving money back. The cancel is reserved first (a payment_cancel row, under a row lock of the payment, against
 * the balance that is neither given back nor on its way back), then sent to the gateway with its own idempotency key,
 * then settled. Concurrent partial cancels therefore never exceed what was paid, and a cancel without an answer is
 * sent again with the same key by reconciliation rather than a second time with a new one.
 */
@Component
class PaymentCancelling {

    private final PaymentRecords records;
    private final CancelRecords cancels;
    private final PaymentLog history;
    private final PaymentEvents events;
    private final ShortTransactions transactions;
    private final PaymentGateways gateways;
    private final Ids ids;
    private final ShopClock clock;

    PaymentCancelling(PaymentRecords records, CancelRecords cancels, PaymentLog history, PaymentEvents events,
            ShortTransactions transactions, PaymentGateways gateways, Ids ids, ShopClock clock) {
        this.records = records;
        this.cancels = cancels;
        this.history = history;
        this.events = events;
        this.transactions = transactions;
        this.gateways = gateways;
        this.ids = ids;
        this.clock = clock;
    }

    PaymentResult cancel(PaymentCancellation request) {
        if (request.idempotencyKey() != null) {
            Optional<CancelRow> earlier = cancels.findByKey(request.idempotencyKey());
            if (earlier.isPresent()) {
                return records.find(earlier.get().paymentId()).orElseThrow().toResult();
            }
        }
        if (request.amount().isZero()) {
            throw PaymentRejected.invalid("A cancel must give back more than nothing");
        }
        String key = request.idempotencyKey() != null ? request.idempotencyKey() : ids.newId().toString();
        Reserved reserved = transactions.run(() -> reserve(request, key));
        return send(reserved.row(), reserved.cancel(), request.refundAccount());
    }

    private record Reserved(PaymentRow row, CancelRow cancel) {
    }

    private Reserved reserve(PaymentCancellation request, String key) {
        PaymentRow row = records.findForUpdate(request.orderNumber())
                .orElseThrow(() -> PaymentRejected.notFound(request.orderNumber()));
        Instant now = clock.now();
        boolean unpaidAccount = row.state() == PaymentState.WAITING_FOR_DEPOSIT;
        if (!row.state().holdsMoney() && !unpaidAccount) {
            throw PaymentRejected.conflict("payment-not-cancellable", "The payment of order " + row.orderNumber()
                    + " is " + row.state() + ": there is nothing to give back");
        }
        Money[] onItsWay = cancels.reserved(row.id());
        Money balance = row.amount().minusAtMostToZero(onItsWay[0]);
        Money taxFreeBalance = row.taxFreeAmount().minusAtMostToZero(onItsWay[1]);
        Money amount;
        Money taxFree;
        if (unpaidAccount) {
            // Nothing was deposited: the account is closed and nothing is given back.
            amount = Money.ZERO;
            taxFree = Money.ZERO;
        } else {
            amount = request.amount();
            if (amount.isGreaterThan(balance)) {
                throw PaymentRejected.unprocessable("payment-cancel-exceeds-balance", "Cannot give back " + amount
                        + " of order " + row.orderNumber() + ": " + balance + " is left to give back");
            }
            taxFree = taxFreePart(row, request, amount, balance, taxFreeBalance);
            if (row.method() == PaymentMethod.VIRTUAL_ACCOUNT && request.refundAccount() == null) {
                throw PaymentRejected.unprocessable("payment-refund-account-required", "Order " + row.orderNumber()
                        + " was paid into a virtual account: the shopper's refund account is needed to give money back");
            }
        }
        Money vat = TaxSplit.of(amount, taxFree).vat();
        long id = cancels.insertRequested(row.id(), amount, taxFree, vat, request.reason(), key, now);
        history.append(row.id(), PaymentLog.Kind.CANCEL, PaymentLog.Outcome.REQUESTED, row.state(), amount, row.gateway(),
                row.paymentKey(), key, null, request.reason(), now);
        return new Reserved(row, new CancelRow(id, row.id(), amount, taxFree, vat, request.reason(), CancelRow.REQUESTED,
                key, now));
    }

    private static Money taxFreePart(PaymentRow row, PaymentCancellation request, Money amount, Money balance,
            Money taxFreeBalance) {
        if (request.taxFreeAmount() != null) {
            if (request.taxFreeAmount().isGreaterThan(amount) || request.taxFreeAmount().isGreaterThan(taxFreeBalance)) {
                throw PaymentRejected.invalid("The tax-free part " + request.taxFreeAmount() + " exceeds the cancel ("
                        + amount + ") or the tax-free balance (" + taxFreeBalance + ")");
            }
            return request.taxFreeAmount();
        }
        if (taxFreeBalance.isZero()) {
            return Money.ZERO;
        }
        if (amount.equals(balance)) {
            return taxFreeBalance;
        }
        throw PaymentRejected.unprocessable("payment-tax-free-split-required", "Order " + row.orderNumber()
                + " has tax-free items: say how much of the " + amount + " to give back is tax-free");
    }

    private PaymentResult send(PaymentRow row, CancelRow cancel, io.tunemall.payment.api.RefundAccount refundAccount) {
        try {
            GatewayPayment after = gateways.get(row.gateway()).cancel(new GatewayCancel(row.paymentKey(), row.orderNumber(),
                    cancel.amount().isZero() ? row.amount() : cancel.amount(), cancel.taxFreeAmount(), cancel.reason(),
                    refundAccount, cancel.idempotencyKey()));
            transactions.run(() -> settleDone(row, cancel, after.transactionKey()));
        } catch (GatewayAlreadyProcessed processed) {
            transactions.run(() -> settleDone(row, cancel, null));
        } catch (GatewayDeclined declined) {
            transactions.run(() -> settleFailed(row, cancel, declined.code(), declined.getMessage()));
            throw PaymentRejected.unprocessable("payment-cancel-declined", "The gateway refused to give back "
                    + cancel.amount() + " of order " + row.orderNumber() + ": " + declined.getMessage());
        } catch (GatewayUnavailable unavailable) {
            transactions.run(() -> markUnknown(row, cancel, unavailable.code(), unavailable.getMessage()));
            throw PaymentRejected.gatewayUnavailable("The gateway did not answer the cancel of order " + row.orderNumber()
                    + "; it is sent again until the gateway answers");
        }
        return records.find(row.id()).orElseThrow().toResult();
    }

    /** Sends every cancel of the payment whose outcome is unknown again, with its own idempotency key. */
    void retryUnknown(long paymentId) {
        PaymentRow row = records.find(paymentId).orElseThrow();
        for (CancelRow cancel : cancels.unknown(paymentId)) {
            try {
                GatewayPayment after = gateways.get(row.gateway()).cancel(new GatewayCancel(row.paymentKey(),
                        row.orderNumber(), cancel.amount().isZero() ? row.amount() : cancel.amount(),
                        cancel.taxFreeAmount(), cancel.reason(), null, cancel.idempotencyKey()));
                transactions.run(() -> settleDone(records.find(paymentId).orElseThrow(), cancel, after.transactionKey()));
            } catch (GatewayAlreadyProcessed processed) {
                transactions.run(() -> settleDone(records.find(paymentId).orElseThrow(), cancel, null));
            } catch (GatewayDeclined declined) {
                transactions.run(() -> settleFailed(row, cancel, declined.code(), declined.getMessage()));
            } catch (GatewayUnavailable stillUnknown) {
                // The next reconciliation run sends it again.
            }
        }
    }

    private void settleDone(PaymentRow row, CancelRow cancel, String transactionKey) {
        Instant now = clock.now();
        if (!cancels.settle(cancel.id(), CancelRow.DONE, transactionKey, null, null, now)) {
            return;
        }
        PaymentRow current = records.findForUpdate(row.orderNumber()).orElseThrow();
        Money cancelled = current.cancelledAmount().plus(cancel.amount());
        boolean unpaidAccount = current.state() == PaymentState.WAITING_FOR_DEPOSIT;
        boolean full = unpaidAccount || cancelled.equals(current.amount());
        PaymentState after = full ? PaymentState.CANCELLED : PaymentState.PARTIALLY_CANCELLED;
        records.transition(current.id(), current.state()).to(after).add("cancelled_amount", cancel.amount())
                .add("cancelled_tax_free", cancel.taxFreeAmount()).apply(now);
        history.append(current.id(), PaymentLog.Kind.CANCEL, PaymentLog.Outcome.SUCCEEDED, after, cancel.amount(),
                current.gateway(), transactionKey, cancel.idempotencyKey(), null, cancel.reason(), now);
        events.cancelled(new PaymentCancelled(current.orderNumber(), cancel.amount(), cancel.taxFreeAmount(), cancel.vat(),
                unpaidAccount ? Money.ZERO : current.amount().minus(cancelled), full, cancel.reason(), now,
                cancel.idempotencyKey()));
    }

    private void settleFailed(PaymentRow row, CancelRow cancel, String code, String message) {
        Instant now = clock.now();
        if (cancels.settle(cancel.id(), CancelRow.FAILED, null, code, message, now)) {
            history.append(row.id(), PaymentLog.Kind.CANCEL, PaymentLog.Outcome.DECLINED, row.state(), cancel.amount(),
                    row.gateway(), row.paymentKey(), cancel.idempotencyKey(), code, message, now);
        }
    }

    private void markUnknown(PaymentRow row, CancelRow cancel, String code, String message) {
        Instant now = clock.now();
        if (cancels.settle(cancel.id(), CancelRow.UNKNOWN, null, code, message, now)) {
            history.append(row.id(), PaymentLog.Kind.CANCEL, PaymentLog.Outcome.TIMED_OUT, row.state(), cancel.amount(),
                    row.gateway(), row.paymentKey(), cancel.idempotencyKey(), code, message, now);
        }
    }
}
