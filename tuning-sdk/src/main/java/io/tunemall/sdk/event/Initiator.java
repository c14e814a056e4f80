package io.tunemall.sdk.event;

/**
 * Who set a change going.
 *
 * @since 1.0.0
 */
public enum Initiator {
    /** The platform itself: a scheduled job (an unpaid order expiring, automatic purchase confirmation), a payment. */
    SYSTEM,
    /** The shopper who placed the order. */
    SHOPPER,
    /** A staff member in the admin console. */
    STAFF
}
