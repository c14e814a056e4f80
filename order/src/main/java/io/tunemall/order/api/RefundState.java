package io.tunemall.order.api;

/** Where a refund the order asked the payment module for stands. */
public enum RefundState {
    /** Recorded, being sent to the gateway. */
    PENDING,
    /** The money went back. */
    DONE,
    /** The gateway (or the payment module) refused it: nothing was given back; staff may retry. */
    FAILED,
    /** The gateway did not answer: the payment module asks it again until it does. */
    UNKNOWN
}
