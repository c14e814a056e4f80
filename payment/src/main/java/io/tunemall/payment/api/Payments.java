package io.tunemall.payment.api;

import io.tunemall.sdk.Money;
import java.util.List;
import java.util.Optional;

/**
 * The payment module's facade: how checkout and the order console pay, cancel and look at payments. Payment knows an
 * order only by the values passed in; each method is safe to call again with the same values.
 *
 * <p>Outcomes reach other modules as domain events after commit, through the outbox: {@link PaymentConfirmed} (the
 * order is paid, for every method), {@link PaymentFailed}, {@link PaymentCancelled}, {@link VirtualAccountIssued}
 * and {@link VirtualAccountDeposited}.
 *
 * <p>Failures the caller can act on are {@link PaymentRejected}s (problem+json with their status). A card the
 * gateway declines is not an exception: {@link #confirm} answers a {@link PaymentState#FAILED} result carrying the
 * gateway's message for the shopper.
 */
public interface Payments {

    /**
     * Begins paying an order with the shop's active gateway and answers how the shopper approves it. Beginning again
     * before the shopper approved (or after a failed attempt) replaces the earlier attempt, with the new amount.
     *
     * @throws PaymentRejected {@code payment-method-off} when the shop does not offer the method,
     *         {@code payment-already-paid} / {@code payment-in-progress} when the order is paid or being confirmed,
     *         {@code payment-invalid} when a value is unusable (amount zero, tax-free part above the amount, order
     *         number the gateways refuse)
     */
    PaymentStart begin(PaymentOrder order);

    /**
     * Takes the money the shopper approved. Idempotent: confirming a confirmed payment again with the same key
     * answers the same result and charges nothing; concurrent confirms of one order send one request to the
     * gateway, and the others wait for its outcome. The amount charged is {@code expectedAmount}; it must equal the
     * amount the payment was begun with and the amount on the success URL, else nothing is charged
     * ({@code payment-amount-mismatch}).
     *
     * <p>When the gateway does not answer in time the result is {@link PaymentState#UNKNOWN}: show the shopper that
     * the payment is being checked. Reconciliation settles it (CONFIRMED with {@link PaymentConfirmed}, or FAILED),
     * on schedule or through {@link #reconcile}.
     */
    PaymentResult confirm(PaymentConfirmation confirmation);

    /** {@link #confirm(PaymentConfirmation)} when the caller has no amount from the shopper's browser to compare. */
    default PaymentResult confirm(String orderNumber, String paymentKey, Money expectedAmount) {
        return confirm(new PaymentConfirmation(orderNumber, paymentKey, null, expectedAmount));
    }

    /**
     * Gives back all or part of a paid payment (or cancels an unpaid virtual account). Never more than the balance,
     * also under concurrent cancels. A deposited virtual-account payment needs the shopper's refund account.
     *
     * @throws PaymentRejected {@code payment-cancel-exceeds-balance}, {@code payment-not-cancellable},
     *         {@code payment-refund-account-required}, {@code payment-tax-free-split-required},
     *         {@code payment-gateway-unavailable} (the outcome is checked again by reconciliation)
     */
    PaymentResult cancel(PaymentCancellation cancellation);

    /** {@link #cancel(PaymentCancellation)} of an amount, for cards and wallets. */
    default PaymentResult cancel(String orderNumber, Money amount, String reason) {
        return cancel(PaymentCancellation.of(orderNumber, amount, reason));
    }

    /**
     * The order is gone (expired or cancelled before it was paid): make sure no money stays taken. An unapproved
     * payment expires; an unknown one is reconciled first; a confirmed one is cancelled in full; an unpaid virtual
     * account is cancelled at the gateway.
     */
    PaymentResult abandon(String orderNumber, String reason);

    /** The payment of an order as it stands, without asking the gateway. */
    Optional<PaymentResult> status(String orderNumber);

    /** Asks the gateway where an unsettled payment stands and settles it (what the scheduled job does for all). */
    PaymentResult reconcile(String orderNumber);

    /** The payment's history, oldest first. */
    List<PaymentLogEntry> history(String orderNumber);
}
