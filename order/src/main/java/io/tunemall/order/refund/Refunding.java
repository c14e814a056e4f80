package io.tunemall.order.refund;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderRefunds;
import io.tunemall.order.api.RefundBankAccount;
import io.tunemall.order.api.RefundState;
import io.tunemall.order.api.RefundView;
import io.tunemall.order.order.Order;
import io.tunemall.order.order.Orders;
import io.tunemall.payment.api.PaymentCancellation;
import io.tunemall.payment.api.PaymentCancelled;
import io.tunemall.payment.api.PaymentRejected;
import io.tunemall.payment.api.Payments;
import io.tunemall.payment.api.RefundAccount;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.event.OrderCancelled;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Gives an order's money back through the payment module. The refund is recorded under its key first (a redelivered
 * event finds it and sends nothing), taken for sending by one conditional update, sent with an idempotency key of its
 * own attempt, and settled with a line in the order's history. The gateway call runs outside any transaction: the
 * order is not locked while the gateway thinks.
 *
 * <p>Each refund names its tax-free (면세) part, worked out by the order from the lines it gives back
 * ({@link Order#taxFreePartOf}) and recorded with it, so that a retry sends the same split: the payment module cannot
 * tell which lines a partial cancel of a mixed order is for. A refund the payment module refuses is FAILED and waits
 * for staff.
 */
@Service
class Refunding implements OrderRefunds {

    private static final Logger log = LoggerFactory.getLogger(Refunding.class);
    private static final Actor REFUNDER = Actor.system("refund");
    private static final String KEY_PREFIX = "refund-";
    private static final Pattern ATTEMPT_KEY = Pattern.compile(KEY_PREFIX + "(\\d+)-\\d+");

    private final RefundRecords records;
    private final Orders orders;
    private final Payments payments;
    private final TransactionTemplate transaction;
    private final ShopClock clock;

    Refunding(RefundRecords records, Orders orders, Payments payments, PlatformTransactionManager transactions,
            ShopClock clock) {
        this.records = records;
        this.orders = orders;
        this.payments = payments;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** Refunds a paid order's cancellation, with the tax-free part of the lines it cancelled. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void refund(OrderCancelled cancelled) {
        // The order's lines are read in a transaction of their own: outside one they could not be loaded.
        Money taxFree = transaction.execute(status -> orders.findByOrderNumber(cancelled.orderNumber())
                .orElseThrow(() -> ShopException.notFound("Order " + cancelled.orderNumber()))
                .taxFreePartOf(cancelled.lineNumbers(), cancelled.wholeOrder(), cancelled.refundAmount()));
        refund(new RefundDue(cancelled.orderNumber(),
                RefundDue.cancellationKey(cancelled.orderNumber(), cancelled.lineNumbers()), null,
                cancelled.refundAmount(), cancelled.reason() == null ? "주문 취소" : cancelled.reason(),
                cancelled.lineNumbers(), taxFree));
    }

    /**
     * Refunds what is due, once per key. Outside the listener's transaction: each step commits on its own, so the
     * order is locked only while the outcome is noted, never while the gateway thinks.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    void refund(RefundDue due) {
        Order order = orders.findByOrderNumber(due.orderNumber())
                .orElseThrow(() -> ShopException.notFound("Order " + due.orderNumber()));
        RefundRecords.Refund refund = records.recordOnce(order.id(), due, clock.now());
        if (!records.take(refund.id(), RefundState.PENDING, false, clock.now())) {
            return;
        }
        send(refund, 1, null, REFUNDER);
    }

    @Override
    public List<RefundView> refunds(String orderNumber) {
        return orders.findByOrderNumber(orderNumber).map(order -> records.ofOrder(order.id())).orElse(List.of());
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public RefundView retry(String orderNumber, long refundId, RefundBankAccount account, Actor actor) {
        Order order = orders.findByOrderNumber(orderNumber)
                .orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
        RefundRecords.Refund refund = records.byId(refundId).filter(found -> found.orderId() == order.id())
                .orElseThrow(() -> ShopException.notFound("Refund " + refundId + " of order " + orderNumber));
        if (!records.take(refundId, RefundState.FAILED, true, clock.now())) {
            throw ShopException.conflict("refund-not-retryable", "Refund " + refundId + " of order " + orderNumber
                    + " did not fail: only a refused refund is sent again");
        }
        send(refund, refund.view().attempt() + 1, account, actor);
        return records.byId(refundId).orElseThrow().view();
    }

    private void send(RefundRecords.Refund refund, int attempt, RefundBankAccount account, Actor actor) {
        RefundView view = refund.view();
        Order order = orders.findById(refund.orderId()).orElseThrow();
        String orderNumber = order.orderNumber();
        if (order.depositConfirmedByHand()) {
            // Staff confirmed this deposit by hand and the gateway holds none of it: cancelling there would only close
            // the virtual account and report success. The refund waits, FAILED, for staff to give the money back.
            settle(refund, RefundState.FAILED, "refund-by-hand", "Order " + orderNumber + " was paid by a deposit"
                    + " confirmed by hand: give the money back by bank transfer", actor, "REFUND_FAILED",
                    "환불 " + view.amount().format(Locale.KOREAN) + " 실패 (입금 확인 주문: 직접 환불)");
            return;
        }
        // A key per attempt: the gateway answers a repeated key with its first answer, and a refused attempt gave
        // nothing back, so a retry must be a new request.
        String key = KEY_PREFIX + refund.id() + "-" + attempt;
        RefundAccount to = account == null ? null
                : new RefundAccount(account.bank(), account.accountNumber(), account.holderName());
        try {
            payments.cancel(new PaymentCancellation(orderNumber, view.amount(), refund.taxFree(), view.reason(), to,
                    key));
            settle(refund, RefundState.DONE, null, null, actor, "REFUND",
                    "환불 " + view.amount().format(Locale.KOREAN) + " · " + view.reason());
        } catch (PaymentRejected refused) {
            boolean unknown = refused.status() == 503;
            log.warn("Refund {} of order {} {}: {}", refund.id(), orderNumber, unknown ? "unanswered" : "refused",
                    refused.getMessage());
            settle(refund, unknown ? RefundState.UNKNOWN : RefundState.FAILED, refused.code(), refused.getMessage(),
                    actor, unknown ? "REFUND_UNKNOWN" : "REFUND_FAILED",
                    "환불 " + view.amount().format(Locale.KOREAN) + " 실패 (" + refused.code() + ")");
        }
    }

    /**
     * A cancel the gateway left unanswered was answered on a later try of the payment module's reconciliation (with the
     * same idempotency key, so nothing was given back twice): the refund sent under that key is done after all.
     */
    void settleLate(PaymentCancelled cancelled) {
        Matcher key = ATTEMPT_KEY.matcher(cancelled.idempotencyKey() == null ? "" : cancelled.idempotencyKey());
        if (!key.matches()) {
            return;
        }
        long refundId = Long.parseLong(key.group(1));
        // Every cancel's outcome comes here, nearly all of refunds already settled: only an UNKNOWN one locks its order.
        records.byId(refundId).filter(refund -> refund.view().state() == RefundState.UNKNOWN)
                .ifPresent(refund -> transaction.executeWithoutResult(status -> {
            Order order = orders.lockById(refund.orderId()).orElseThrow();
            Instant now = clock.now();
            if (records.settleFrom(refundId, RefundState.UNKNOWN, RefundState.DONE, now)) {
                RefundView view = refund.view();
                order.note("REFUND", REFUNDER, "환불 " + view.amount().format(Locale.KOREAN) + " · " + view.reason()
                        + " (늦게 확인됨)", view.lineNumbers(), now);
                orders.saveAndFlush(order);
            }
        }));
    }

    private void settle(RefundRecords.Refund refund, RefundState state, String code, String message, Actor actor,
            String action, String note) {
        transaction.executeWithoutResult(status -> {
            // The order first, as every change of an order locks it first: no lock is ever upgraded here.
            Order order = orders.lockById(refund.orderId()).orElseThrow();
            Instant now = clock.now();
            records.settle(refund.id(), state, code, message, now);
            order.note(action, actor, note, refund.view().lineNumbers(), now);
            orders.saveAndFlush(order);
        });
    }
}
