package io.tunemall.member.staff;

import io.tunemall.member.api.MfaEnrolment;
import io.tunemall.member.api.MfaStatus;
import io.tunemall.member.api.SecondFactor;
import io.tunemall.member.api.StaffRejection;
import io.tunemall.member.api.StaffSignIn;
import io.tunemall.platform.audit.AuditActor;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.security.totp.Base32;
import io.tunemall.platform.security.totp.Totp;
import io.tunemall.platform.time.ShopClock;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a staff login after the password check, and the staff member's own security settings. Each works on
 * the account row under a row lock, so two nodes checking codes for one account at once count both failures and
 * cannot both accept one TOTP code.
 */
@Service
class StaffSignInService implements StaffSignIn {

    private final StaffAccounts accounts;
    private final RecoveryCodes recoveryCodes;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ShopClock clock;
    private final StaffLoginProperties settings;
    private final SecureRandom random = new SecureRandom();

    StaffSignInService(StaffAccounts accounts, RecoveryCodes recoveryCodes, PasswordEncoder passwords, AuditTrail audit,
            ShopClock clock, StaffLoginProperties settings) {
        this.accounts = accounts;
        this.recoveryCodes = recoveryCodes;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void passwordRejected(String username) {
        accounts.findForUpdateByUsername(username).ifPresentOrElse(
                account -> countFailure(account, "staff.login.failed", "wrong password"),
                // The typed name is not recorded: people type their password into the username field by mistake.
                () -> audit.record(new AuditActor("(unknown)", null), AuditEntry.action("staff.login.failed")
                        .summary("unknown username")));
    }

    @Override
    @Transactional
    public void refused(String username, String reason) {
        accounts.findByUsername(username).ifPresent(account -> audit.record(actor(account),
                AuditEntry.action("staff.login.refused").on("staff-account", account.id()).summary(reason)));
    }

    @Override
    @Transactional(noRollbackFor = StaffRejection.class)
    public SecondFactor checkSecondFactor(String username, String code) {
        StaffAccount account = lockedAccount(username);
        Instant now = clock.now();
        if (account.lockedAt(now) || !account.enabled()) {
            return SecondFactor.LOCKED;
        }
        if (account.mfaEnrolled()) {
            OptionalLong step = Totp.match(Base32.decode(account.totpSecret()), code, now, settings.totpWindow());
            if (step.isPresent() && account.useTotpStep(step.getAsLong())) {
                return SecondFactor.ACCEPTED;
            }
            if (RecoveryCodeFormat.looksLikeOne(code)) {
                var found = recoveryCodes.findByAccountIdAndCodeHashAndUsedAtIsNull(account.id(),
                        RecoveryCodeFormat.hash(code));
                if (found.isPresent()) {
                    found.get().useAt(now);
                    audit.record(actor(account), AuditEntry.action("staff.mfa.recovery-code-used")
                            .on("staff-account", account.id())
                            .detail("recoveryCodesLeft", recoveryCodes.countByAccountIdAndUsedAtIsNull(account.id())));
                    return SecondFactor.ACCEPTED_RECOVERY_CODE;
                }
            }
        }
        return countFailure(account, "staff.mfa.failed", "wrong or reused code") ? SecondFactor.LOCKED : SecondFactor.REJECTED;
    }

    @Override
    @Transactional
    public void completed(String username) {
        StaffAccount account = lockedAccount(username);
        account.loggedInAt(clock.now());
        audit.record(actor(account), AuditEntry.action("staff.login.succeeded").on("staff-account", account.id())
                .detail("mfa", account.mfaEnrolled()));
    }

    @Override
    @Transactional(readOnly = true)
    public MfaStatus mfaStatus(String username) {
        StaffAccount account = accounts.findByUsername(username).orElseThrow(() -> unknown(username));
        return new MfaStatus(account.mfaEnrolled(), account.role().mfaRequired(),
                (int) recoveryCodes.countByAccountIdAndUsedAtIsNull(account.id()));
    }

    @Override
    @Transactional
    public MfaEnrolment beginEnrolment(String username) {
        StaffAccount account = lockedAccount(username);
        if (account.mfaEnrolled()) {
            throw StaffRejection.conflict("mfa-already-enrolled", "Two-factor login is already on for " + username);
        }
        if (account.totpPendingSecret() == null) {
            account.offerTotp(Base32.encode(Totp.newSecret(random)));
        }
        byte[] secret = Base32.decode(account.totpPendingSecret());
        return new MfaEnrolment(account.totpPendingSecret(), Totp.uri(settings.totpIssuer(), username, secret));
    }

    @Override
    @Transactional
    public List<String> confirmEnrolment(String username, String code) {
        StaffAccount account = lockedAccount(username);
        if (account.mfaEnrolled() || account.totpPendingSecret() == null) {
            throw StaffRejection.conflict("mfa-not-offered", "No two-factor enrolment is in progress for " + username);
        }
        OptionalLong step = Totp.match(Base32.decode(account.totpPendingSecret()), code, clock.now(), settings.totpWindow());
        if (step.isEmpty()) {
            throw new StaffRejection("code", "code-wrong", "The code does not match; check the phone's clock and try again");
        }
        account.confirmTotp(step.getAsLong(), clock.now());
        audit.record(actor(account), AuditEntry.action("staff.mfa.enrolled").on("staff-account", account.id()));
        return newRecoveryCodes(account);
    }

    @Override
    @Transactional
    public List<String> renewRecoveryCodes(String username, String code) {
        StaffAccount account = lockedAccount(username);
        requireCurrentCode(account, code);
        audit.record(actor(account), AuditEntry.action("staff.mfa.recovery-codes-renewed").on("staff-account", account.id()));
        return newRecoveryCodes(account);
    }

    @Override
    @Transactional
    public void disableMfa(String username, String code) {
        StaffAccount account = lockedAccount(username);
        if (account.role().mfaRequired()) {
            throw StaffRejection.conflict("mfa-required", "The role " + account.role().code() + " requires two-factor login");
        }
        requireCurrentCode(account, code);
        account.removeTotp();
        recoveryCodes.deleteAllOf(account.id());
        audit.record(actor(account), AuditEntry.action("staff.mfa.disabled").on("staff-account", account.id()));
    }

    @Override
    @Transactional
    public void changePassword(String username, String currentPassword, String newPassword) {
        StaffAccount account = lockedAccount(username);
        if (currentPassword == null || !passwords.matches(currentPassword, account.passwordHash())) {
            throw new StaffRejection("currentPassword", "password-wrong", "The current password is not correct");
        }
        PasswordRules.check("newPassword", username, newPassword);
        account.changePassword(passwords.encode(newPassword));
        audit.record(actor(account), AuditEntry.action("staff.password.changed").on("staff-account", account.id()));
    }

    private void requireCurrentCode(StaffAccount account, String code) {
        if (!account.mfaEnrolled()) {
            throw StaffRejection.conflict("mfa-not-enrolled", "Two-factor login is off for " + account.username());
        }
        OptionalLong step = Totp.match(Base32.decode(account.totpSecret()), code, clock.now(), settings.totpWindow());
        if (step.isEmpty() || !account.useTotpStep(step.getAsLong())) {
            throw new StaffRejection("code", "code-wrong", "The code does not match or was used already");
        }
    }

    private List<String> newRecoveryCodes(StaffAccount account) {
        recoveryCodes.deleteAllOf(account.id());
        List<String> codes = new ArrayList<>(RecoveryCodeFormat.COUNT);
        for (int i = 0; i < RecoveryCodeFormat.COUNT; i++) {
            String code = RecoveryCodeFormat.generate(random);
            codes.add(code);
            recoveryCodes.save(new RecoveryCode(account.id(), RecoveryCodeFormat.hash(code)));
        }
        return List.copyOf(codes);
    }

    /** Returns whether this failure locked the account. */
    private boolean countFailure(StaffAccount account, String action, String reason) {
        boolean locked = account.failedAt(clock.now(), settings.maxFailures(), settings.lockFor());
        audit.record(actor(account), AuditEntry.action(action).on("staff-account", account.id()).summary(reason));
        if (locked) {
            audit.record(actor(account), AuditEntry.action("staff.login.locked").on("staff-account", account.id())
                    .summary("locked after " + settings.maxFailures() + " failures")
                    .detail("lockedFor", settings.lockFor().toString()));
        }
        return locked;
    }

    private StaffAccount lockedAccount(String username) {
        return accounts.findForUpdateByUsername(username).orElseThrow(() -> unknown(username));
    }

    private static AuditActor actor(StaffAccount account) {
        return new AuditActor(account.username(), account.role().code());
    }

    private static StaffRejection unknown(String username) {
        return new StaffRejection(null, "unknown-account", "No staff account " + username);
    }
}
