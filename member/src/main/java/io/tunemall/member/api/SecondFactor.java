package io.tunemall.member.api;

/** How a second-factor code typed at login was taken. */
public enum SecondFactor {
    /** A valid TOTP code of the current time window, not used before. */
    ACCEPTED,
    /** One of the account's unused recovery codes; it is now used up. */
    ACCEPTED_RECOVERY_CODE,
    /** Wrong, already used or expired; counts as a failed login. */
    REJECTED,
    /** Too many failures: the account is locked and the login must start over later. */
    LOCKED
}
