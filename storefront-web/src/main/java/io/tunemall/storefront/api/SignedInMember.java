package io.tunemall.storefront.api;

import io.tunemall.platform.error.ShopException;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * The member behind a request to the member account API ({@code /api/v1/storefront/me}). The storefront API's chain
 * already refuses anyone who is not a signed-in shopper; this is the second check, so no handler ever works on a
 * member it did not get from the session.
 */
@Component
class SignedInMember {

    static final String ME = "/api/v1/storefront/me";

    private final Shoppers shoppers;

    SignedInMember(Shoppers shoppers) {
        this.shoppers = shoppers;
    }

    /**
     * The signed-in member's id. Everything answered about them is one member's personal data, so the answer is
     * marked for the member's browser only: no shared cache may keep it.
     */
    long id(HttpServletResponse response) {
        long memberId = shoppers.owner(Optional.empty()).member().orElseThrow(() -> new ShopException(401,
                "unauthorized", "Sign in on the storefront to use the member account"));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
        return memberId;
    }
}
