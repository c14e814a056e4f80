package io.tunemall.member.api;

import java.util.List;

/**
 * The admin login's steps and the staff member's own security settings. Failed passwords and failed codes count
 * towards the lockout; every step is written to the audit log.
 */
public interface StaffSignIn {

    /** A wrong password (or unknown username) was typed; counts towards the lockout. */
    void passwordRejected(String username);

    /** A login was refused because the account is locked or disabled. */
    void refused(String username, String reason);

    /** Checks a TOTP code or a recovery code typed after the password. */
    SecondFactor checkSecondFactor(String username, String code);

    /** The login is complete (password and, where needed, second factor): clears failures, records the moment. */
    void completed(String username);

    MfaStatus mfaStatus(String username);

    /** Offers a TOTP secret to enrol; the same one again until it is confirmed. */
    MfaEnrolment beginEnrolment(String username);

    /** Activates the offered secret once a code computed from it is typed; returns 10 new one-time recovery codes. */
    List<String> confirmEnrolment(String username, String code);

    /** Replaces all recovery codes after checking a current TOTP code. */
    List<String> renewRecoveryCodes(String username, String code);

    /** Turns two-factor login off after checking a current TOTP code; refused when the role requires it. */
    void disableMfa(String username, String code);

    void changePassword(String username, String currentPassword, String newPassword);
}
