package io.tunemall.platform.security;

import io.tunemall.platform.tuning.web.ModuleRouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Filter chains for machines: the REST API under {@code /api/**} and Actuator. Both are stateless (no session, so no
 * CSRF token: there is no cookie a forged request could ride on) and answer 401/403 as problem+json.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

    @Bean
    @Order(SecurityChainOrder.ACTUATOR)
    SecurityFilterChain actuatorChain(HttpSecurity http, ProblemResponses problems) throws Exception {
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/actuator/tuning").permitAll()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated()).accessDeniedHandler(problems.denied()))
                .headers(SecurityHeaders.standard())
                .build();
    }

    @Bean
    @Order(SecurityChainOrder.API)
    SecurityFilterChain apiChain(HttpSecurity http, ProblemResponses problems, ModuleRouteAccess moduleRoutes)
            throws Exception {
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/api/v1/storefront/**").permitAll()
                        // Tuning modules' endpoints: each route's declared access decides (tuning guide).
                        .requestMatchers("/api/v1/t/**").access(moduleRoutes)
                        .anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated()).accessDeniedHandler(problems.denied()))
                .headers(SecurityHeaders.standard())
                .build();
    }
}
