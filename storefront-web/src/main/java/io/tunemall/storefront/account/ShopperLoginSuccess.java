package io.tunemall.storefront.account;

import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.storefront.shopper.Shoppers;
import io.tunemall.storefront.social.DormantStep;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * After a right password: the guest cart moves into the member's, then on to where the shopper was going, or for a
 * dormant account to the restore step (whose login takes the cart over once the account is restored).
 */
@Component
public class ShopperLoginSuccess implements AuthenticationSuccessHandler {

    private final DormantStep dormantStep;
    private final Shoppers carts;
    private final SavedRequestAwareAuthenticationSuccessHandler onward = new SavedRequestAwareAuthenticationSuccessHandler();

    ShopperLoginSuccess(DormantStep dormantStep, Shoppers carts) {
        this.dormantStep = dormantStep;
        this.carts = carts;
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
        carts.takeOverGuestCart(Long.parseLong(authentication.getName()), request, response);
        onward.onAuthenticationSuccess(request, response, authentication);
    }
}
