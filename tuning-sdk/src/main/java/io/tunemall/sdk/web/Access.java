package io.tunemall.sdk.web;

/**
 * Who may call a route. The platform checks it in its security chain, before the handler runs.
 *
 * @since 1.0.0
 */
public enum Access {
    /**
     * Anyone. Not allowed in the admin area. In the API area the handler must check the caller itself (a shared
     * secret of an ERP, a signature): the platform only knows that the route is public.
     */
    PUBLIC,
    /** A signed-in user of the area: a shopper on the storefront, staff in admin, an authenticated client in the API. */
    SIGNED_IN,
    /** A signed-in user holding the route's permission, one the module declares in its manifest. */
    PERMISSION
}
