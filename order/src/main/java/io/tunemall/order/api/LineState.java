package io.tunemall.order.api;

/** Where one line of an order is; a line leaves ORDERED only for a cancellation (and, later, a claim). */
public enum LineState {
    ORDERED,
    CANCELLED
}
