package io.tunemall.order.api;

/** Where one line of an order is; a line leaves ORDERED for a cancellation or a claim (return, exchange). */
public enum LineState {
    ORDERED,
    CANCELLED,
    /** In an open return or exchange claim: the purchase cannot be confirmed meanwhile. */
    CLAIMED,
    /** Returned, its paid share refunded and its units restocked. */
    RETURNED,
    /** Exchanged: a replacement was shipped. */
    EXCHANGED
}
