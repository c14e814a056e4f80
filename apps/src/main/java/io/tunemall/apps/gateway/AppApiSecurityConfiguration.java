package io.tunemall.apps.gateway;

import io.tunemall.apps.credentials.AppTokenIntrospector;
import io.tunemall.platform.security.ProblemResponses;
import io.tunemall.platform.security.SecurityChainOrder;
import io.tunemall.platform.security.SecurityHeaders;
import io.tunemall.platform.time.ShopClock;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The admin API as apps call it: a request to {@code /api/v1/admin/**} that carries a bearer token is served by this
 * stateless chain (token resolved against the database on every call, scope checked by {@link AppScopeRules}, rate
 * limited and logged); a request without one goes on to the staff chain and its console session.
 */
@Configuration(proxyBeanMethods = false)
class AppApiSecurityConfiguration {

    static final String ADMIN_API = "/api/v1/admin/";

    @Bean
    @Order(SecurityChainOrder.APP_API)
    SecurityFilterChain appApiChain(HttpSecurity http, AppTokenIntrospector tokens, AppScopeRules scopes,
            RateLimits limits, ApiCallLog calls, ShopClock clock, JsonMapper json, ProblemResponses problems)
            throws Exception {
        return http.securityMatcher(AppApiSecurityConfiguration::appCall)
                .oauth2ResourceServer(server -> server
                        .opaqueToken(opaque -> opaque.introspector(tokens))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.denied()))
                .addFilterAfter(new AppCallGate(limits, calls, clock, json), BearerTokenAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().access(scopes))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.denied()))
                .headers(SecurityHeaders.standard())
                .build();
    }

    private static boolean appCall(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        return path.startsWith(ADMIN_API) && authorization != null
                && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }
}
