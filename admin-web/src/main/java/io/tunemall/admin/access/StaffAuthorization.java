package io.tunemall.admin.access;

import io.tunemall.member.api.StaffAccess;
import io.tunemall.member.api.StaffDirectory;
import io.tunemall.platform.security.access.AccessRule;
import io.tunemall.platform.security.access.AccessRules;
import io.tunemall.platform.security.access.Requirement;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Decides every request to the admin console and the admin API from {@link AccessRules}: the first rule that matches
 * the method and path names what is needed; no rule, no access. Permissions are looked up on each request rather than
 * kept in the session, so a changed role or a disabled account takes effect on the next click.
 */
@Component
public class StaffAuthorization implements AuthorizationManager<RequestAuthorizationContext> {

    /** The current staff member's {@link StaffAccess}, kept on the request for the navigation and the audit log. */
    public static final String ACCESS_ATTRIBUTE = StaffAuthorization.class.getName() + ".access";

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final AccessRules rules;
    private final StaffDirectory staff;

    StaffAuthorization(AccessRules rules, StaffDirectory staff) {
        this.rules = rules;
        this.staff = staff;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        HttpServletRequest request = context.getRequest();
        Optional<AccessRule> rule = rules.find(request.getMethod(), pathOf(request));
        if (rule.isEmpty()) {
            return DENIED;
        }
        Requirement requirement = rule.get().requirement();
        if (requirement instanceof Requirement.Open) {
            return GRANTED;
        }
        Authentication login = authentication.get();
        if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
            return DENIED;
        }
        Set<String> authorities = login.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        if (requirement instanceof Requirement.LoginStep) {
            return decide(authorities.contains(StaffDirectory.STAFF_AUTHORITY)
                    || authorities.contains(StaffDirectory.SECOND_FACTOR_AUTHORITY)
                    || authorities.contains(StaffDirectory.ENROLMENT_AUTHORITY));
        }
        if (!authorities.contains(StaffDirectory.STAFF_AUTHORITY)) {
            return DENIED;
        }
        Optional<StaffAccess> access = access(request, login.getName());
        if (access.isEmpty() || !access.get().active() || access.get().mustEnrolMfa()) {
            return DENIED;
        }
        if (requirement instanceof Requirement.Granted granted) {
            return decide(access.get().may(granted.permission()));
        }
        return GRANTED;
    }

    /** Whether the current staff member could make a request: for links and buttons, decided by the same rules. */
    public boolean allows(HttpServletRequest request, String method, String path) {
        Object cached = request.getAttribute(ACCESS_ATTRIBUTE);
        if (!(cached instanceof StaffAccess access) || !access.active()) {
            return false;
        }
        return rules.find(method, path).map(AccessRule::requirement).map(requirement ->
                requirement instanceof Requirement.Granted granted ? access.may(granted.permission()) : !access.mustEnrolMfa())
                .orElse(false);
    }

    private Optional<StaffAccess> access(HttpServletRequest request, String username) {
        Object cached = request.getAttribute(ACCESS_ATTRIBUTE);
        if (cached instanceof StaffAccess access && access.username().equals(username)) {
            return Optional.of(access);
        }
        Optional<StaffAccess> access = staff.access(username);
        access.ifPresent(found -> request.setAttribute(ACCESS_ATTRIBUTE, found));
        return access;
    }

    static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    private static AuthorizationDecision decide(boolean granted) {
        return granted ? GRANTED : DENIED;
    }
}
