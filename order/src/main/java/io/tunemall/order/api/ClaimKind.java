package io.tunemall.order.api;

/** What the shopper wants instead of the delivered lines. */
public enum ClaimKind {
    /** Send them back for a refund of their paid share. */
    RETURN,
    /** Send them back for the same items again (a replacement is shipped). */
    EXCHANGE
}
