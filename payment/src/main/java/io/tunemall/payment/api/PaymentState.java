package io.tunemall.payment.api;

/** Where a payment stands. The states and their transitions are drawn in docs/payments.md. */
public enum PaymentState {
    /** Begun; the shopper has not come back from the approval step yet. */
    READY,
    /** The confirm request is on its way to the gateway. */
    CONFIRMING,
    /**
     * The gateway did not answer the confirm (timeout, connection lost, server error): money may or may not have been
     * taken. The reconciliation asks the gateway and ends the payment CONFIRMED or FAILED.
     */
    UNKNOWN,
    /** A virtual account was issued; the order is paid when the shopper deposits. */
    WAITING_FOR_DEPOSIT,
    /** Paid. */
    CONFIRMED,
    /** Paid, and part of it given back. */
    PARTIALLY_CANCELLED,
    /** Paid and all of it given back, or a virtual account cancelled before the deposit. */
    CANCELLED,
    /** Declined or failed; nothing was taken. The order may begin a new attempt. */
    FAILED,
    /** Abandoned before the shopper approved it (the order expired or was cancelled). */
    EXPIRED;

    /** Money was taken and not all of it given back. */
    public boolean holdsMoney() {
        return this == CONFIRMED || this == PARTIALLY_CANCELLED;
    }

    /** The outcome of the confirm is not settled yet. */
    public boolean isPending() {
        return this == CONFIRMING || this == UNKNOWN;
    }
}
