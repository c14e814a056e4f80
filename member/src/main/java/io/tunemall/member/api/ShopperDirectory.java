package io.tunemall.member.api;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The one place shoppers are logged in through. {@link #loadUserByUsername} finds the account for the email typed
 * into the storefront's login form; the logged-in principal's name is the member's id (never the email, which would
 * then be kept in clear in sessions and remember-me rows). Staff accounts are never found here. As a
 * {@link UserDetailsPasswordService} it stores the re-computed hash when a login upgrades an outdated one.
 */
public interface ShopperDirectory extends UserDetailsService, UserDetailsPasswordService {

    /** The authority every logged-in shopper has; the my-page requires it. */
    String SHOPPER_AUTHORITY = "ROLE_SHOPPER";
    /**
     * The only authority of a dormant member whose password was right: not a login yet, the storefront asks for the
     * mailed restore code first ({@link DormantAccounts}).
     */
    String DORMANT_AUTHORITY = "DORMANT_SHOPPER";

    /** The account behind a principal name this directory gave out, for "remember me" logins. */
    UserDetails loadByMemberKey(String memberKey);

    /** The member id of a logged-in shopper. */
    static long memberId(Authentication authentication) {
        return Long.parseLong(authentication.getName());
    }
}
