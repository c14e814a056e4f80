package io.tunemall.member.api;

import java.time.Instant;

/** A staff account as the staff list shows it. No password hash, no TOTP secret. */
public record StaffAccountView(long id, String username, String displayName, String role, boolean enabled,
        Instant createdAt, Instant lastLoginAt, boolean mfaEnrolled, int failedLogins, Instant lockedUntil) {

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
