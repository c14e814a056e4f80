package io.tunemall.admin;

import io.tunemall.admin.access.StaffAuthorization;
import io.tunemall.admin.login.StaffLoginOutcomes;
import io.tunemall.member.api.StaffDirectory;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.security.ProblemResponses;
import io.tunemall.platform.security.SecurityChainOrder;
import io.tunemall.platform.security.SecurityHeaders;
import io.tunemall.platform.tuning.web.ModuleRouteAccess;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The admin console's own filter chain: staff accounts only (never shoppers), its own login page with a second
 * factor, a session with CSRF protection on every form, and every request decided by {@link StaffAuthorization}.
 * The admin API shares the staff login (the console's session) and the same rules, and answers problem+json.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

    @Bean
    @Order(SecurityChainOrder.ADMIN)
    SecurityFilterChain adminChain(HttpSecurity http, StaffDirectory staff, PasswordEncoder passwords,
            StaffAuthorization authorization, StaffLoginOutcomes outcomes, AuditTrail audit, ModuleRouteAccess moduleRoutes)
            throws Exception {
        return http.securityMatcher("/admin/**", "/admin")
                .authenticationManager(staffOnly(staff, passwords))
                .authorizeHttpRequests(requests -> requests
                        // Tuning modules' admin pages: staff holding the permission the route names.
                        .requestMatchers("/admin/t/**").access(moduleRoutes)
                        .anyRequest().access(authorization))
                .formLogin(form -> form
                        .loginPage("/admin/login")
                        .successHandler(outcomes)
                        .failureHandler(outcomes))
                .exceptionHandling(e -> e.accessDeniedHandler(outcomes))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout")
                        .addLogoutHandler((request, response, login) -> {
                            if (login != null) {
                                audit.record(audit.actorNamed(login.getName()), AuditEntry.action("staff.logout"));
                            }
                        }))
                .headers(SecurityHeaders.standard())
                .build();
    }

    /**
     * The admin API: the staff member's console session (so the console's own scripts can call it, with the CSRF
     * token on writes), never a session of its own; 401 and 403 as problem+json.
     */
    @Bean
    @Order(SecurityChainOrder.ADMIN_API)
    SecurityFilterChain adminApiChain(HttpSecurity http, StaffAuthorization authorization, ProblemResponses problems)
            throws Exception {
        return http.securityMatcher("/api/v1/admin/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().access(authorization))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .exceptionHandling(e -> e.authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.denied()))
                .headers(SecurityHeaders.standard())
                .build();
    }

    private static AuthenticationManager staffOnly(StaffDirectory staff, PasswordEncoder passwords) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staff);
        provider.setPasswordEncoder(passwords);
        return new ProviderManager(provider);
    }
}
