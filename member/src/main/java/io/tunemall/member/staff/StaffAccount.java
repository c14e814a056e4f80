package io.tunemall.member.staff;

import io.tunemall.member.api.StaffAccountView;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String username;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "display_name")
    private String displayName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "role")
    private StaffRole role;

    private boolean enabled;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "failed_logins")
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_pending_secret")
    private String totpPendingSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(name = "mfa_enrolled_at")
    private Instant mfaEnrolledAt;

    protected StaffAccount() {
    }

    StaffAccount(String username, String passwordHash, String displayName, StaffRole role, Instant createdAt) {
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    Long id() {
        return id;
    }

    String username() {
        return username;
    }

    String passwordHash() {
        return passwordHash;
    }

    StaffRole role() {
        return role;
    }

    boolean enabled() {
        return enabled;
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    boolean mfaEnrolled() {
        return totpSecret != null;
    }

    String totpSecret() {
        return totpSecret;
    }

    String totpPendingSecret() {
        return totpPendingSecret;
    }

    /**
     * Counts a failed password or code. A lockout that has run out starts the count afresh; reaching
     * {@code maxFailures} locks the account for {@code lockFor}. Returns whether this failure locked it.
     */
    boolean failedAt(Instant now, int maxFailures, Duration lockFor) {
        if (lockedUntil != null && !lockedUntil.isAfter(now)) {
            lockedUntil = null;
            failedLogins = 0;
        }
        failedLogins++;
        if (failedLogins >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(lockFor);
            return true;
        }
        return false;
    }

    void loggedInAt(Instant moment) {
        this.lastLoginAt = moment;
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void unlock() {
        this.failedLogins = 0;
        this.lockedUntil = null;
    }

    void changeRole(StaffRole newRole) {
        this.role = newRole;
    }

    void enable(boolean on) {
        this.enabled = on;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    void offerTotp(String secret) {
        this.totpPendingSecret = secret;
    }

    void confirmTotp(long step, Instant now) {
        this.totpSecret = totpPendingSecret;
        this.totpPendingSecret = null;
        this.totpLastStep = step;
        this.mfaEnrolledAt = now;
    }

    /** A TOTP code counts once: a step at or before the last one used is a replay. */
    boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        this.totpLastStep = step;
        return true;
    }

    void removeTotp() {
        this.totpSecret = null;
        this.totpPendingSecret = null;
        this.totpLastStep = null;
        this.mfaEnrolledAt = null;
    }

    StaffAccountView view() {
        return new StaffAccountView(id, username, displayName, role.code(), enabled, createdAt, lastLoginAt,
                mfaEnrolled(), failedLogins, lockedUntil);
    }
}
