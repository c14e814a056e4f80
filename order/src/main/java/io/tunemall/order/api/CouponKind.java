package io.tunemall.order.api;

/** A fixed amount off, or a percentage (with an optional cap). */
public enum CouponKind {
    FIXED,
    PERCENT
}
