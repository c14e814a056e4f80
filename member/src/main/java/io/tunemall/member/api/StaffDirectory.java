package io.tunemall.member.api;

import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Looks up staff accounts for the admin console's login and its access checks. Shoppers are never found here.
 *
 * <p>A correct password alone gives {@link #STAFF_AUTHORITY} only to accounts without two-factor login; an account
 * with a TOTP enrolment gets {@link #SECOND_FACTOR_AUTHORITY} until its code is checked, and an account whose role
 * requires two-factor login but has not enrolled gets {@link #ENROLMENT_AUTHORITY} until it enrols.
 */
public interface StaffDirectory extends UserDetailsService {

    /** A staff member who has completed the login; admin pages require it (and a permission). */
    String STAFF_AUTHORITY = "ROLE_STAFF";

    /** Held beside {@link #STAFF_AUTHORITY} by staff whose role has every permission (the owner). */
    String OWNER_AUTHORITY = "ROLE_OWNER";
    /** Password accepted; the TOTP or a recovery code is still to come. */
    String SECOND_FACTOR_AUTHORITY = "STAFF_SECOND_FACTOR_PENDING";
    /** Password accepted; the role requires two-factor login and the account must enrol first. */
    String ENROLMENT_AUTHORITY = "STAFF_MFA_ENROLMENT_PENDING";

    /** What an account may do right now: looked up on every admin request, so a change of role applies at once. */
    Optional<StaffAccess> access(String username);
}
