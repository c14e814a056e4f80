package io.tunemall.storefront.social;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * A silent SSO attempt ({@code prompt=none}) that the provider could not answer without the user, because the employee
 * is not logged in to the groupware, continues as an ordinary login at the provider. Other failures go back to the
 * page they started from with a generic message.
 */
class SocialLoginFailure implements AuthenticationFailureHandler {

    /** OIDC Core 3.1.2.6: the errors of a prompt=none request that needs the user. */
    private static final Set<String> NEEDS_THE_USER = Set.of("login_required", "interaction_required",
            "consent_required", "account_selection_required");

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException failure) throws IOException {
        String context = request.getContextPath();
        if (request.getSession().getAttribute(SocialSession.LINK_FOR) != null) {
            request.getSession().removeAttribute(SocialSession.LINK_FOR);
            response.sendRedirect(context + "/account?social-link-failed");
            return;
        }
        if (failure instanceof OAuth2AuthenticationException oauth
                && NEEDS_THE_USER.contains(oauth.getError().getErrorCode())) {
            String uri = request.getRequestURI();
            String registration = uri.substring(uri.lastIndexOf('/') + 1);
            response.sendRedirect(context + "/oauth2/authorization/" + registration);
            return;
        }
        response.sendRedirect(context + "/login?social-error");
    }
}
