package io.tunemall.order.api;

/** What the shopper wants instead of the lines bought. */
public enum ClaimKind {
    /** Send them back for a refund of their paid share. */
    RETURN,
    /** Send them back for the same items again (a replacement is shipped). */
    EXCHANGE,
    /**
     * Cancel an order staff already prepare (before it ships): every line still ordered is held out of shipping until
     * staff approve (the order is cancelled and refunded at once, its stock restored) or reject it.
     */
    CANCEL
}
