package io.tunemall.member.api;

/** What became of a gift card. */
public enum GiftCardStatus {
    /** Can be used. */
    ACTIVE,
    /** Held for a checkout that has not finished. */
    HELD,
    /** Used, into points or as payment. */
    REDEEMED,
    /** Cancelled by staff. */
    VOIDED,
    /** Past its last valid day, unused. */
    EXPIRED
}
