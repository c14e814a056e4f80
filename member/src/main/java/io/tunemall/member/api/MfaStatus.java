package io.tunemall.member.api;

/** A staff member's two-factor login: enrolled or not, required by their role or not, recovery codes left. */
public record MfaStatus(boolean enrolled, boolean required, int recoveryCodesLeft) {
}
