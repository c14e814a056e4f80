package io.tunemall.member.api;

/** "Forgot your password": a one-time link by mail, valid for 30 minutes. */
public interface PasswordResets {

    /**
     * Mails a reset link when an active account has this email, and does nothing otherwise; the caller answers the
     * same either way, so the page does not tell whether an email is registered.
     */
    void requestReset(String email);

    /** Whether the link can still be used (known, unused, not expired); for showing the form or an explanation. */
    boolean usable(String token);

    /**
     * Sets the new password and uses the link up; remembered browsers are forgotten.
     *
     * @throws MemberRejection ({@code token}: {@code token-invalid}) for an unknown, used or expired link, or for a
     *     weak password
     */
    void reset(String token, String newPassword);
}
