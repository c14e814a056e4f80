package io.tunemall.storefront.social;

import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.storefront.shopper.Shoppers;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Turns a provider login into the same shopper login a password gives: the principal is the member id with the
 * shopper authority, kept in the session, and the login is recorded (last login time) like any other. A guest cart
 * the browser holds moves into the member's cart, as with a password login.
 */
@Component
public class ShopperSessions {

    /** The repository Spring Security's default storefront chain uses, so the chain finds what is saved here. */
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final ShopperDirectory shoppers;
    private final ApplicationEventPublisher events;
    private final Shoppers carts;

    ShopperSessions(ShopperDirectory shoppers, ApplicationEventPublisher events, Shoppers carts) {
        this.shoppers = shoppers;
        this.events = events;
        this.carts = carts;
    }

    public void logIn(long memberId, HttpServletRequest request, HttpServletResponse response) {
        UserDetails shopper = shoppers.loadByMemberKey(String.valueOf(memberId));
        Authentication authentication = UsernamePasswordAuthenticationToken.authenticated(shopper, null,
                shopper.getAuthorities());
        save(authentication, request, response);
        events.publishEvent(new AuthenticationSuccessEvent(authentication));
        carts.takeOverGuestCart(memberId, request, response);
    }

    /** The provider's token leaves the session: only a member is ever logged in on the storefront. */
    public void logOut(HttpServletRequest request, HttpServletResponse response) {
        save(null, request, response);
    }

    private void save(Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
