package io.tunemall.platform.tuning.web;

import io.tunemall.platform.tuning.ModulePermissions;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Route;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may call a module's route, decided in the platform's security chains before the route runs (each chain mounts
 * it for its area: {@code .requestMatchers("/admin/t/**").access(moduleRoutes)}). The route's declared
 * {@link io.tunemall.sdk.web.Access} decides; in admin every route also needs a staff account. An address no enabled
 * route answers is let through in the storefront and the API (so it is a plain 404) but needs staff in admin.
 */
@Component
public class ModuleRouteAccess implements AuthorizationManager<RequestAuthorizationContext> {

    /** Every staff account holds it (member's StaffDirectory); admin pages need it. */
    static final String STAFF_AUTHORITY = "ROLE_STAFF";

    private final ModuleRoutes routes;
    private final ModulePermissions permissions;

    ModuleRouteAccess(ModuleRoutes routes, ModulePermissions permissions) {
        this.routes = routes;
        this.permissions = permissions;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Optional<ModuleAddress> address = ModuleAddress.of(context.getRequest());
        if (address.isEmpty()) {
            return new AuthorizationDecision(false);
        }
        Area area = address.get().area();
        Optional<ModuleRoutes.Match> match = routes.match(area, address.get().module(), context.getRequest().getMethod(),
                address.get().path());
        Authentication user = authentication.get();
        if (match.isEmpty()) {
            return new AuthorizationDecision(area != Area.ADMIN || isStaff(user));
        }
        return new AuthorizationDecision(allowed(match.get().module(), match.get().route(), user));
    }

    boolean allowed(String module, Route route, Authentication user) {
        if (route.area() == Area.ADMIN && !isStaff(user)) {
            return false;
        }
        return switch (route.access()) {
            case PUBLIC -> true;
            case SIGNED_IN -> signedIn(user);
            case PERMISSION -> signedIn(user) && permissions.allows(user, module, route.permission());
        };
    }

    static boolean signedIn(Authentication user) {
        return user != null && user.isAuthenticated() && !(user instanceof AnonymousAuthenticationToken);
    }

    private static boolean isStaff(Authentication user) {
        return signedIn(user) && user.getAuthorities().stream().anyMatch(a -> STAFF_AUTHORITY.equals(a.getAuthority()));
    }
}
