package io.tunemall.storefront.api;

import io.tunemall.member.api.ShopperDirectory;
import io.tunemall.platform.security.ProblemResponses;
import io.tunemall.platform.security.SecurityChainOrder;
import io.tunemall.platform.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The storefront API's chain: open to everyone except the member account ({@code /me}), which needs a shopper signed in
 * on the storefront (401 problem+json otherwise), and a member who logged in on the storefront is recognised by the
 * session (so a headless front on the shop's own domain works with the member's cart). It only reads the session and
 * never creates one; guests name their cart with the {@code X-Cart-Token} header instead of a cookie.
 *
 * <p>No CSRF token: the session cookie is {@code SameSite=Lax}, so a cross-site POST, PATCH or DELETE arrives without
 * it and can only reach an anonymous cart (the member account answers it 401), and every body is JSON, which a
 * cross-site form cannot send.
 */
@Configuration(proxyBeanMethods = false)
class StorefrontApiSecurity {

    @Bean
    @Order(SecurityChainOrder.STOREFRONT_API)
    SecurityFilterChain storefrontApiChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/api/v1/storefront/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(SignedInMember.ME, SignedInMember.ME + "/**")
                        .hasAuthority(ShopperDirectory.SHOPPER_AUTHORITY)
                        .anyRequest().permitAll())
                .securityContext(context -> context.securityContextRepository(new HttpSessionSecurityContextRepository()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated()).accessDeniedHandler(problems.denied()))
                .headers(SecurityHeaders.standard())
                .build();
    }
}
