package io.tunemall.storefront.social;

import io.tunemall.member.api.MemberRejection;
import io.tunemall.member.api.SocialIdentity;
import io.tunemall.member.api.SocialLogins;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After the provider vouched for the shopper: link to the member who asked for it on the my-page, log in the linked
 * (or verified-email) member, or keep the identity in the session and send a new shopper to the consent step.
 */
class SocialLoginSuccess implements AuthenticationSuccessHandler {

    private final SocialLogins socialLogins;
    private final ShopperSessions sessions;
    private final DormantStep dormantStep;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    SocialLoginSuccess(SocialLogins socialLogins, ShopperSessions sessions, DormantStep dormantStep) {
        this.socialLogins = socialLogins;
        this.sessions = sessions;
        this.dormantStep = dormantStep;
        onward.setDefaultTargetUrl("/account");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        OAuth2AuthenticationToken token = (OAuth2AuthenticationToken) authentication;
        SocialIdentity identity = SocialIdentities.of(token.getAuthorizedClientRegistrationId(), token.getPrincipal());
        HttpSession session = request.getSession();
        Object linkFor = session.getAttribute(SocialSession.LINK_FOR);
        if (linkFor instanceof Long memberId) {
            session.removeAttribute(SocialSession.LINK_FOR);
            String outcome = "social-linked";
            try {
                socialLogins.link(memberId, identity);
            } catch (MemberRejection refused) {
                outcome = "social-link-refused";
            }
            sessions.logIn(memberId, request, response);
            response.sendRedirect(request.getContextPath() + "/account?" + outcome);
            return;
        }
        Optional<Long> member = socialLogins.signIn(identity);
        if (member.isPresent()) {
            if (dormantStep.sendIfDormant(member.get(), request, response)) {
                return;
            }
            sessions.logIn(member.get(), request, response);
            onward.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        sessions.logOut(request, response);
        session.setAttribute(SocialSession.PENDING, identity);
        response.sendRedirect(request.getContextPath() + "/signup/social");
    }
}
