package io.tunemall.storefront;

import io.tunemall.platform.security.SecurityChainOrder;
import io.tunemall.platform.security.SecurityHeaders;
import io.tunemall.platform.tuning.web.ModuleRouteAccess;
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
    SecurityFilterChain storefrontChain(HttpSecurity http, ModuleRouteAccess moduleRoutes) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        // Tuning modules' storefront pages: each route's declared access decides (tuning guide).
                        .requestMatchers("/t/**").access(moduleRoutes)
                        // The OpenAPI document and Swagger UI are public, like the storefront API they describe.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().permitAll())
                .headers(SecurityHeaders.standard())
                .build();
    }
}
