package io.tunemall.member.api;

/**
 * A TOTP secret offered for enrolment, not active until confirmed with a code: as base32 text for typing by hand and
 * as the {@code otpauth://} URI that the QR code carries.
 */
public record MfaEnrolment(String secret, String keyUri) {
}
