package io.tunemall.member.staff;

import io.tunemall.platform.audit.AuditActor;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.time.ShopClock;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new shop has nobody who can log in to the admin console, so the first start creates the owner account
 * {@code admin}. Its password is {@code tunemall.admin.initial-password} when set (Docker, scripted installs),
 * otherwise generated and printed to the log exactly once; only its hash is stored.
 */
@Component
class FirstOwnerAccount implements ApplicationRunner {

    static final String USERNAME = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstOwnerAccount.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final StaffAccounts accounts;
    private final StaffRoles roles;
    private final AuditTrail audit;
    private final PasswordEncoder passwords;
    private final ShopClock clock;
    private final TransactionTemplate transaction;
    private final String configuredPassword;
    private final SecureRandom random = new SecureRandom();

    FirstOwnerAccount(StaffAccounts accounts, StaffRoles roles, AuditTrail audit, PasswordEncoder passwords, ShopClock clock, TransactionTemplate transaction,
            @Value("${tunemall.admin.initial-password:}") String configuredPassword) {
        this.accounts = accounts;
        this.roles = roles;
        this.audit = audit;
        this.passwords = passwords;
        this.clock = clock;
        this.transaction = transaction;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        boolean generated = configuredPassword.isBlank();
        String password = generated ? generatePassword() : configuredPassword;
        try {
            transaction.executeWithoutResult(status -> {
                StaffAccount owner = accounts.save(new StaffAccount(USERNAME, passwords.encode(password), "Owner",
                        roles.getReferenceById(StaffRole.OWNER), clock.now()));
                audit.record(AuditActor.SYSTEM, AuditEntry.action("staff.account.created").on("staff-account", owner.id())
                        .summary("first owner account " + USERNAME).detail("role", StaffRole.OWNER));
            });
        } catch (DataIntegrityViolationException anotherNodeWasFaster) {
            return;
        }
        if (generated) {
            log.warn("""

                    ==============================================================
                      Tunemall admin console: /admin
                      user:     {}
                      password: {}
                      This password is shown once. Change it after logging in.
                    ==============================================================""", USERNAME, password);
        } else {
            log.info("Created the owner account '{}' with the configured initial password", USERNAME);
        }
    }

    private String generatePassword() {
        StringBuilder password = new StringBuilder(16);
        for (int i = 0; i < 16; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
