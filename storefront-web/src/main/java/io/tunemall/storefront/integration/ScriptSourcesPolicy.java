package io.tunemall.storefront.integration;

import io.tunemall.platform.security.SecurityHeaders;
import io.tunemall.storefront.integration.StorefrontScripts.ActiveScripts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Widens the storefront pages' content security policy by the hosts of the third-party scripts switched on, and
 * only by those. Set before the page is written, so Spring Security leaves the header as it is; a page that sets its
 * own policy afterwards (the payment widget's checkout page) keeps its own.
 */
@Configuration(proxyBeanMethods = false)
class ScriptSourcesPolicy implements WebMvcConfigurer, HandlerInterceptor {

    private final ActiveScripts scripts;

    ScriptSourcesPolicy(ActiveScripts scripts) {
        this.scripts = scripts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/admin/**", "/api/**", "/oauth2/**", "/media/**",
                "/assets/**");
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        List<StorefrontScript> on = scripts.on();
        if (!on.isEmpty()) {
            response.setHeader("Content-Security-Policy", widened(SecurityHeaders.CONTENT_SECURITY_POLICY, on));
        }
        return true;
    }

    static String widened(String policy, List<StorefrontScript> scripts) {
        Map<String, Set<String>> directives = new LinkedHashMap<>();
        for (String directive : policy.split(";")) {
            String[] parts = directive.strip().split("\\s+");
            directives.put(parts[0], new LinkedHashSet<>(List.of(parts).subList(1, parts.length)));
        }
        for (StorefrontScript script : scripts) {
            script.allowedSources().forEach((name, sources) -> directives
                    .computeIfAbsent(name, absent -> new LinkedHashSet<>(List.of("'self'")))
                    .addAll(sources));
        }
        return directives.entrySet().stream()
                .map(entry -> entry.getKey() + " " + String.join(" ", entry.getValue()))
                .collect(Collectors.joining("; "));
    }
}
