package io.tunemall.member.consent;

/** Where a consent decision was made, kept with each entry of the consent history. */
public enum ConsentSource {
    SIGN_UP,
    MY_PAGE,
    /** The member's answer to the two-year re-confirmation notice. */
    RECONFIRMATION,
    /** Every consent ends with the account. */
    WITHDRAWAL
}
