package io.tunemall.storefront.shopper;

import java.util.Optional;
import org.springframework.security.core.Authentication;

/**
 * Which member, if any, an authenticated storefront request belongs to. Implemented by the member login (member.api)
 * once the storefront has one; until then no request is a member's, and every shopper checks out as a guest.
 */
public interface SignedInMembers {

    /** The member id of the authenticated principal, or empty when it is not a shopper's login. */
    Optional<Long> memberId(Authentication authentication);
}
