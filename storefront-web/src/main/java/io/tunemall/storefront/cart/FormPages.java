package io.tunemall.storefront.cart;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The cart, checkout and order look-up pages post forms with a CSRF token kept in the shopper's session. The token is
 * made here, before rendering: a long page is flushed to the browser while it renders, and a session created after
 * that could no longer send its cookie.
 */
@ControllerAdvice(basePackages = {"io.tunemall.storefront.cart", "io.tunemall.storefront.checkout",
        "io.tunemall.storefront.orders"})
class FormPages {

    @ModelAttribute
    void prepareCsrfToken(CsrfToken token) {
        if (token != null) {
            token.getToken();
        }
    }
}
