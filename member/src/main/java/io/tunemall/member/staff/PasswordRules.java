package io.tunemall.member.staff;

import io.tunemall.member.api.StaffRejection;
import java.util.Locale;

/**
 * Staff passwords: at least 10 characters (NIST SP 800-63B asks 8; admin accounts get a little more) and not the
 * username. Length beats composition rules, so no "one digit, one symbol" demands.
 */
final class PasswordRules {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordRules() {
    }

    static void check(String field, String username, String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            throw new StaffRejection(field, "password-too-short", "A password needs at least " + MIN_LENGTH + " characters");
        }
        if (password.length() > MAX_LENGTH) {
            throw new StaffRejection(field, "password-too-long", "A password has at most " + MAX_LENGTH + " characters");
        }
        if (username != null && password.toLowerCase(Locale.ROOT).contains(username.toLowerCase(Locale.ROOT))) {
            throw new StaffRejection(field, "password-contains-username", "A password may not contain the username");
        }
    }
}
