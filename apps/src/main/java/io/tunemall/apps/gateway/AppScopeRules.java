package io.tunemall.apps.gateway;

import static io.tunemall.apps.api.AppScopes.COUPONS_READ;
import static io.tunemall.apps.api.AppScopes.COUPONS_WRITE;
import static io.tunemall.apps.api.AppScopes.MEMBERS_READ;
import static io.tunemall.apps.api.AppScopes.ORDERS_READ;
import static io.tunemall.apps.api.AppScopes.ORDERS_WRITE;
import static io.tunemall.apps.api.AppScopes.PRODUCTS_READ;
import static io.tunemall.apps.api.AppScopes.PRODUCTS_WRITE;
import static io.tunemall.apps.api.AppScopes.STOCK_READ;
import static io.tunemall.apps.api.AppScopes.STOCK_WRITE;
import static io.tunemall.apps.api.AppScopes.WEBHOOKS_MANAGE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.http.server.PathContainer;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Which scope an app needs for which admin API call: reads need the {@code :read} scope, writes the {@code :write}
 * one. Admin API paths no rule names (staff accounts, roles, the audit log, unmasking personal data) are for staff
 * only and refused to every app. The first rule whose pattern matches decides, so a narrower path comes before the
 * broader one it is carved out of (a product's stock before products).
 */
@Component
class AppScopeRules implements AuthorizationManager<RequestAuthorizationContext> {

    private record Rule(PathPattern pattern, String read, String write) {
    }

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final List<Rule> rules = List.of(
            rule("/api/v1/admin/members/{id}/unmask/**", null, null),
            rule("/api/v1/admin/products/{id}/stock", STOCK_READ, STOCK_WRITE),
            rule("/api/v1/admin/stock/**", STOCK_READ, STOCK_WRITE),
            rule("/api/v1/admin/products/**", PRODUCTS_READ, PRODUCTS_WRITE),
            rule("/api/v1/admin/categories/**", PRODUCTS_READ, PRODUCTS_WRITE),
            rule("/api/v1/admin/brands/**", PRODUCTS_READ, PRODUCTS_WRITE),
            rule("/api/v1/admin/orders/**", ORDERS_READ, ORDERS_WRITE),
            rule("/api/v1/admin/claims/**", ORDERS_READ, ORDERS_WRITE),
            rule("/api/v1/admin/shipping/**", ORDERS_READ, ORDERS_WRITE),
            rule("/api/v1/admin/members/**", MEMBERS_READ, null),
            rule("/api/v1/admin/coupons/**", COUPONS_READ, COUPONS_WRITE),
            rule("/api/v1/admin/webhooks/**", WEBHOOKS_MANAGE, WEBHOOKS_MANAGE));

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        String method = context.getRequest().getMethod();
        Optional<String> needed = scopeFor(method, context.getRequest().getRequestURI()
                .substring(context.getRequest().getContextPath().length()));
        Authentication app = authentication.get();
        return new AuthorizationDecision(needed.isPresent() && app != null && app.isAuthenticated()
                && app.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("SCOPE_" + needed.get())));
    }

    /** The scope a call needs, or empty when no app may make it. */
    Optional<String> scopeFor(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().filter(rule -> rule.pattern().matches(container)).findFirst()
                .flatMap(rule -> Optional.ofNullable(READS.contains(method) ? rule.read() : rule.write()));
    }

    private static Rule rule(String pattern, String read, String write) {
        return new Rule(PathPatternParser.defaultInstance.parse(pattern), read, write);
    }
}
