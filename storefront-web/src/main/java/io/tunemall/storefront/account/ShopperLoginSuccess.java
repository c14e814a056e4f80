package io.tunemall.storefront.account;

import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.storefront.social.DormantStep;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After a right password: on to where the shopper was going, or for a dormant account to the restore step. */
@Component
public class ShopperLoginSuccess implements AuthenticationSuccessHandler {

    private final DormantStep dormantStep;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    ShopperLoginSuccess(DormantStep dormantStep) {
        this.dormantStep = dormantStep;
        onward.setDefaultTargetUrl("/account");
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
            Authentication authentication) throws IOException, ServletException {
        boolean dormant = authentication.getAuthorities().stream()
                .anyMatch(authority -> ShopperDirectory.DORMANT_AUTHORITY.equals(authority.getAuthority()));
        if (dormant && dormantStep.sendIfDormant(Long.parseLong(authentication.getName()), request, response)) {
            return;
        }
        onward.onAuthenticationSuccess(request, response, authentication);
    }
}
