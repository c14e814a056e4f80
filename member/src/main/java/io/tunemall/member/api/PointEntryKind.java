package io.tunemall.member.api;

/** What a point entry records. */
public enum PointEntryKind {
    /** Earned for an order. */
    EARN,
    /** Spent on an order. */
    SPEND,
    /** Expired unspent. */
    EXPIRE,
    /** An order's earn cancelled (refund). */
    EARN_CANCEL,
    /** An order's spend given back (cancellation). */
    SPEND_CANCEL,
    /** Added or deducted by staff, with a reason. */
    ADJUST,
    /** A gift card redeemed into points. */
    GIFT_CARD
}
