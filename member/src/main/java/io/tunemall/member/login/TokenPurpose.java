package io.tunemall.member.login;

/** What a mailed one-time token allows. */
public enum TokenPurpose {
    PASSWORD_RESET,
    EMAIL_CHANGE
}
