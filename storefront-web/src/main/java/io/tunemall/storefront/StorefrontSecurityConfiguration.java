package io.tunemall.storefront;

import io.tunemall.member.api.RememberedLogins;
import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.platform.security.SecurityChainOrder;
import io.tunemall.platform.security.SecurityHeaders;
import io.tunemall.storefront.account.ShopperLoginSuccess;
import io.tunemall.storefront.social.SocialLoginSetup;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import io.tunemall.platform.tuning.web.ModuleRouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.RememberMeAuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.rememberme.PersistentTokenBasedRememberMeServices;

/**
 * The shopper-facing chain, last in order: it serves every path the admin and API chains do not. Browsing is open to
 * everyone; the my-page needs a logged-in shopper (shoppers only, never staff accounts); every form is protected by a
 * CSRF token. Shoppers log in with email and password at {@code /login}; "remember me" keeps a browser logged in
 * through a persistent token in the member module's table (one row per browser, replaced on every use, so a stolen
 * cookie that is used shows up as a theft and ends every remembered login of that member). Kakao, Naver, Google and
 * the company's OIDC provider log shoppers in when configured ({@link SocialLoginSetup}).
 */
@Configuration(proxyBeanMethods = false)
class StorefrontSecurityConfiguration {

    static final String REMEMBER_ME_COOKIE = "tunemall_remember";
    static final Duration REMEMBER_FOR = Duration.ofDays(30);
    /**
     * Persistent remember-me tokens are checked against the database; this key only marks the authentication the
     * filter creates, so a fixed value protects as well as a secret one would.
     */
    private static final String REMEMBER_ME_KEY = "tunemall-storefront-remember-me";

    @Bean
    @Order(SecurityChainOrder.STOREFRONT)
    SecurityFilterChain storefrontChain(HttpSecurity http, ShopperDirectory shoppers, RememberedLogins remembered,
            PasswordEncoder passwords, ObjectProvider<AuthenticationEventPublisher> events, SocialLoginSetup social,
            ShopperLoginSuccess loggedIn, ModuleRouteAccess moduleRoutes) throws Exception {
        DaoAuthenticationProvider byEmail = new DaoAuthenticationProvider(shoppers);
        byEmail.setPasswordEncoder(passwords);
        byEmail.setUserDetailsPasswordService(shoppers);
        ProviderManager shoppersOnly = new ProviderManager(social.withProviderLogins(byEmail,
                new RememberMeAuthenticationProvider(REMEMBER_ME_KEY)));
        events.ifAvailable(shoppersOnly::setAuthenticationEventPublisher);

        PersistentTokenBasedRememberMeServices rememberMe = new PersistentTokenBasedRememberMeServices(REMEMBER_ME_KEY,
                shoppers::loadByMemberKey, remembered);
        rememberMe.setCookieName(REMEMBER_ME_COOKIE);
        rememberMe.setTokenValiditySeconds((int) REMEMBER_FOR.toSeconds());

        social.configure(http);
        return http
                .authenticationManager(shoppersOnly)
                .authorizeHttpRequests(requests -> requests
                        // A confirmation link may be opened in a browser where the member is not logged in.
                        .requestMatchers("/account/email/confirm").permitAll()
                        .requestMatchers("/account", "/account/**", "/mypage", "/mypage/**").hasAuthority(ShopperDirectory.SHOPPER_AUTHORITY)
                        // Tuning modules' storefront pages: each route's declared access decides (tuning guide).
                        .requestMatchers("/t/**").access(moduleRoutes)
                        // The OpenAPI document and Swagger UI are public, like the storefront API they describe.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/login")
                        .usernameParameter("email")
                        .successHandler(loggedIn)
                        .failureUrl("/login?error"))
                .rememberMe(remember -> remember.rememberMeServices(rememberMe).key(REMEMBER_ME_KEY))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                // Adding to the cart is posted from product pages, which carry no per-request token so that they stay
                // cacheable by ETag. A cross-site post cannot reach a shopper's cart: the cart and session cookies are
                // SameSite=Lax, so it arrives without them and at most fills a new, anonymous cart.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/cart/items"))
                .headers(SecurityHeaders.standard())
                .build();
    }
}
