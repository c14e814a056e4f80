package io.tunemall.storefront.shopper;

import io.tunemall.member.api.ShopperDirectory;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The member behind a storefront login: a shopper's principal is named by the member id (password, social and SSO
 * logins alike) and carries the shopper authority. A dormant account is not a member here until it is restored.
 */
@Component
class ShopperLogins implements SignedInMembers {

    @Override
    public Optional<Long> memberId(Authentication authentication) {
        boolean shopper = authentication.getAuthorities().stream()
                .anyMatch(authority -> ShopperDirectory.SHOPPER_AUTHORITY.equals(authority.getAuthority()));
        if (!shopper) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(authentication.getName()));
        } catch (NumberFormatException notAMemberKey) {
            return Optional.empty();
        }
    }
}
