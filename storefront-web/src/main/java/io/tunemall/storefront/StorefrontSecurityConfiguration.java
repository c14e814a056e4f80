package io.tunemall.storefront;

import io.tunemall.platform.security.SecurityChainOrder;
import io.tunemall.platform.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The shopper-facing chain, last in order: it serves every path the admin and API chains do not. Browsing is open to
 * everyone; every form is protected by a CSRF token.
 */
@Configuration(proxyBeanMethods = false)
class StorefrontSecurityConfiguration {

    @Bean
    @Order(SecurityChainOrder.STOREFRONT)
    SecurityFilterChain storefrontChain(HttpSecurity http) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // The OpenAPI document and Swagger UI are public, like the storefront API they describe.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().permitAll())
                // Adding to the cart is posted from product pages, which carry no per-request token so that they stay
                // cacheable by ETag. A cross-site post cannot reach a shopper's cart: the cart and session cookies are
                // SameSite=Lax, so it arrives without them and at most fills a new, anonymous cart.
                .csrf(csrf -> csrf.ignoringRequestMatchers("/cart/items"))
                .headers(SecurityHeaders.standard())
                .build();
    }
}
