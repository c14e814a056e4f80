package io.tunemall.member.staff;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code tunemall.admin.login} (defaults documented in application.yml).
 *
 * @param maxFailures consecutive wrong passwords or codes that lock an account
 * @param lockFor how long a locked account refuses logins (an owner can unlock it sooner)
 * @param totpIssuer the name authenticator apps show next to the code
 * @param totpWindow time steps of 30 s accepted either side of now, for phones whose clock is a little off
 */
@ConfigurationProperties("tunemall.admin.login")
record StaffLoginProperties(
        @DefaultValue("5") int maxFailures,
        @DefaultValue("15m") Duration lockFor,
        @DefaultValue("Tunemall") String totpIssuer,
        @DefaultValue("1") int totpWindow) {

    StaffLoginProperties {
        if (maxFailures < 1) {
            throw new IllegalArgumentException("tunemall.admin.login.max-failures must be at least 1");
        }
        if (totpWindow < 0 || totpWindow > 2) {
            throw new IllegalArgumentException("tunemall.admin.login.totp-window must be 0, 1 or 2");
        }
    }
}
