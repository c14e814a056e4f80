package io.tunemall.platform.security;

/**
 * The order of the security filter chains: the first whose path matches serves the request, so the catch-all
 * storefront chain comes last.
 */
public final class SecurityChainOrder {

    public static final int ACTUATOR = 10;
    /** The OAuth2 token endpoint for apps ({@code /oauth2/token}). */
    public static final int APP_TOKEN = 12;
    /** The admin API called by an app with a bearer token; requests without one go on to the staff chain. */
    public static final int APP_API = 14;
    /** The admin API ({@code /api/v1/admin/**}) comes before the general API chain, whose pattern also matches it. */
    public static final int ADMIN_API = 15;
    /** The storefront API ({@code /api/v1/storefront/**}): reads the shopper's session, before the general API chain. */
    public static final int STOREFRONT_API = 18;
    public static final int API = 20;
    public static final int ADMIN = 30;
    public static final int STOREFRONT = 100;

    private SecurityChainOrder() {
    }
}
