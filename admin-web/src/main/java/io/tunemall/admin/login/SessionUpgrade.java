package io.tunemall.admin.login;

import io.tunemall.member.api.StaffAccess;
import io.tunemall.member.api.StaffDirectory;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * Turns a half-finished login (password checked) into a full one once the second factor is checked or enrolment is
 * done: a new session id (so a session id planted before the login is worthless) holding the staff authority.
 */
@Component
public class SessionUpgrade {

    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final HttpSessionSecurityContextRepository repository = new HttpSessionSecurityContextRepository();
    private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();
    private final StaffDirectory staff;

    public SessionUpgrade(StaffDirectory staff) {
        this.staff = staff;
    }

    public static boolean pending(Authentication login, String authority) {
        return login != null && login.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }

    /** Completes the login and returns where to go: the admin page first asked for, or the dashboard. */
    public String complete(Authentication partial, HttpServletRequest request, HttpServletResponse response) {
        boolean owner = staff.access(partial.getName()).map(StaffAccess::allPermissions).orElse(false);
        Authentication full = UsernamePasswordAuthenticationToken.authenticated(partial.getPrincipal(), null,
                owner ? List.of(new SimpleGrantedAuthority(StaffDirectory.STAFF_AUTHORITY),
                        new SimpleGrantedAuthority(StaffDirectory.OWNER_AUTHORITY))
                        : List.of(new SimpleGrantedAuthority(StaffDirectory.STAFF_AUTHORITY)));
        request.changeSessionId();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(full);
        contexts.setContext(context);
        repository.saveContext(context, request, response);
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        return saved != null && saved.getRedirectUrl().contains("/admin") ? saved.getRedirectUrl() : "/admin";
    }

    /** Ends a login that may not go on (locked during the second factor). */
    public void abandon(Authentication login, HttpServletRequest request, HttpServletResponse response) {
        new SecurityContextLogoutHandler().logout(request, response, login);
    }
}
