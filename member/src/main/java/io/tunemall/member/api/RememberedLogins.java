package io.tunemall.member.api;

import org.springframework.security.web.authentication.rememberme.PersistentTokenRepository;

/**
 * Where "remember me" logins are kept (one row per browser, in the member module's table), so that a member's
 * remembered browsers can be forgotten when the password changes or the member withdraws.
 */
public interface RememberedLogins extends PersistentTokenRepository {
}
