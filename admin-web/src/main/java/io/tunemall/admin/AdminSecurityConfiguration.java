package io.tunemall.admin;

import io.tunemall.member.api.StaffDirectory;
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
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The admin console's own filter chain: staff accounts only (never shoppers), its own login page, a session with
 * CSRF protection on every form.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

    @Bean
    @Order(SecurityChainOrder.ADMIN)
    SecurityFilterChain adminChain(HttpSecurity http, StaffDirectory staff, PasswordEncoder passwords,
            ModuleRouteAccess moduleRoutes) throws Exception {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(staff);
        provider.setPasswordEncoder(passwords);
        AuthenticationManager staffOnly = new ProviderManager(provider);
        return http.securityMatcher("/admin/**", "/admin")
                .authenticationManager(staffOnly)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/admin/login", "/admin/assets/**").permitAll()
                        .requestMatchers("/admin/tuning/**").hasAnyRole("OWNER", "AGENCY_DEVELOPER")
                        // Tuning modules' admin pages: staff holding the permission the route names.
                        .requestMatchers("/admin/t/**").access(moduleRoutes)
                        .anyRequest().hasAuthority(StaffDirectory.STAFF_AUTHORITY))
                .formLogin(form -> form
                        .loginPage("/admin/login")
                        .defaultSuccessUrl("/admin", false)
                        .failureUrl("/admin/login?error"))
                .logout(logout -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"))
                .headers(SecurityHeaders.standard())
                .build();
    }
}
