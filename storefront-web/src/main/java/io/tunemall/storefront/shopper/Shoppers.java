package io.tunemall.storefront.shopper;

import io.tunemall.order.api.CartMerge;
import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.Carts;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Whose cart a storefront request works on: the logged-in member's (from the authenticated principal), otherwise the
 * guest cart named by the signed {@code tm_cart} cookie, kept for 30 days so a cart survives the browser session.
 */
@Component
public class Shoppers {

    public static final String CART_COOKIE = "tm_cart";
    private static final Duration CART_COOKIE_AGE = Duration.ofDays(30);

    private final Carts carts;
    private final CartMerge merge;
    private final ObjectProvider<SignedInMembers> members;

    Shoppers(Carts carts, CartMerge merge, ObjectProvider<SignedInMembers> members) {
        this.carts = carts;
        this.merge = merge;
        this.members = members;
    }

    public CartOwner owner(HttpServletRequest request) {
        return owner(guestToken(request));
    }

    /**
     * The signed-in member's cart, otherwise the guest cart the signed token names (the cookie's value, or the
     * storefront API's {@code X-Cart-Token} header); a token with a wrong signature names no cart.
     */
    public CartOwner owner(Optional<String> guestToken) {
        Optional<Long> member = member();
        if (member.isPresent()) {
            return CartOwner.member(member.get());
        }
        return guestToken.flatMap(carts::guestCartId).map(CartOwner::guest).orElse(CartOwner.newGuest());
    }

    /** Remembers a guest's cart in the browser (after the first item went in). */
    public void remember(CartOwner owner, HttpServletRequest request, HttpServletResponse response) {
        owner.guestCart().ifPresent(cartId -> response.addHeader(HttpHeaders.SET_COOKIE,
                ResponseCookie.from(CART_COOKIE, carts.guestToken(cartId)).path("/").httpOnly(true).sameSite("Lax")
                        .secure(request.isSecure()).maxAge(CART_COOKIE_AGE).build().toString()));
    }

    /**
     * A guest just logged in: what they put in the cart as a guest moves into the member's cart, and the browser
     * forgets the guest cart (it no longer exists, and a later logout starts a new one).
     */
    public void takeOverGuestCart(long memberId, HttpServletRequest request, HttpServletResponse response) {
        Optional<String> token = guestToken(request);
        if (token.isEmpty()) {
            return;
        }
        carts.guestCartId(token.get()).ifPresent(cartId -> merge.merge(cartId, memberId));
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(CART_COOKIE, "").path("/").httpOnly(true)
                .sameSite("Lax").secure(request.isSecure()).maxAge(Duration.ZERO).build().toString());
    }

    private Optional<Long> member() {
        SignedInMembers signedIn = members.getIfAvailable();
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return signedIn.memberId(authentication);
    }

    private static Optional<String> guestToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> CART_COOKIE.equals(cookie.getName())).map(Cookie::getValue).findFirst();
    }
}
