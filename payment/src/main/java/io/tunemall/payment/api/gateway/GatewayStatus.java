package io.tunemall.payment.api.gateway;

/** A payment's status at the gateway (the names Toss Payments uses; other adapters map theirs onto them). */
public enum GatewayStatus {
    /** Created, the shopper has not authenticated yet. */
    READY,
    /** The shopper authenticated; the shop has not confirmed yet (the gateway expires it after a while). */
    IN_PROGRESS,
    /** A virtual account was issued and waits for its deposit. */
    WAITING_FOR_DEPOSIT,
    /** Approved: the money is taken. */
    DONE,
    CANCELED,
    PARTIAL_CANCELED,
    /** The approval failed. */
    ABORTED,
    /** Never completed in time. */
    EXPIRED
}
