package io.tunemall.member.api;

import org.springframework.security.core.userdetails.UserDetailsService;

/** Looks up staff accounts for the admin console's login. Shoppers are never found here. */
public interface StaffDirectory extends UserDetailsService {

    /** The authority every staff account has; admin pages require it. */
    String STAFF_AUTHORITY = "ROLE_STAFF";
}
