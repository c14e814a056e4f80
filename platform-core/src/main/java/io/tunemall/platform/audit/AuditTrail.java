package io.tunemall.platform.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import org.slf4j.MDC;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import io.tunemall.platform.time.ShopClock;
import tools.jackson.databind.json.JsonMapper;

/**
 * The audit log as other modules use it: {@code audit.record(AuditEntry.action("member.pii.unmasked").on("member", id))}.
 * Who did it, their role, the client's address and the request id are taken from the current request and login.
 * A record joins the caller's transaction: if the change rolls back, so does its record.
 */
@Service
public class AuditTrail {

    /** Set on the request once something was recorded explicitly, so the generic admin-write record is not doubled. */
    public static final String RECORDED_IN_REQUEST = AuditTrail.class.getName() + ".recorded";
    static final int SUMMARY_LIMIT = 500;
    static final int DETAILS_LIMIT = 4000;
    static final int TEXT_LIMIT = 120;

    private final AuditLog log;
    private final ShopClock clock;
    private final JsonMapper json;
    private final ObjectProvider<AuditActorRoles> roles;

    AuditTrail(AuditLog log, ShopClock clock, JsonMapper json, ObjectProvider<AuditActorRoles> roles) {
        this.log = log;
        this.clock = clock;
        this.json = json;
        this.roles = roles;
    }

    /** Records an action of whoever is logged in (or of {@code system} outside any login). */
    public AuditRecord record(AuditEntry entry) {
        return record(currentActor(), entry);
    }

    /** Records an action of a named actor: a login attempt, before anybody is logged in. */
    public AuditRecord record(AuditActor actor, AuditEntry entry) {
        Optional<HttpServletRequest> request = currentRequest();
        request.ifPresent(r -> r.setAttribute(RECORDED_IN_REQUEST, Boolean.TRUE));
        String details = entry.details().isEmpty() ? null : json.writeValueAsString(entry.details());
        return log.append(clock.now(), cut(actor.name(), 100), cut(actor.role(), 60), cut(entry.action(), TEXT_LIMIT),
                cut(entry.targetType(), 60), cut(entry.targetId(), TEXT_LIMIT), cut(entry.summary(), SUMMARY_LIMIT),
                cut(details, DETAILS_LIMIT), request.map(HttpServletRequest::getRemoteAddr).orElse(null),
                cut(MDC.get("requestId"), 64));
    }

    /** The logged-in actor with the role they hold now. */
    public AuditActor currentActor() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !login.isAuthenticated() || login instanceof AnonymousAuthenticationToken) {
            return AuditActor.SYSTEM;
        }
        return actorNamed(login.getName());
    }

    /** A named actor with the role they hold now, for code that knows who acts but runs outside their login. */
    public AuditActor actorNamed(String name) {
        AuditActorRoles lookup = roles.getIfAvailable();
        return new AuditActor(name, lookup == null ? null : lookup.roleOf(name).orElse(null));
    }

    private static Optional<HttpServletRequest> currentRequest() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes servlet ? Optional.of(servlet.getRequest()) : Optional.empty();
    }

    private static String cut(String text, int limit) {
        return text == null || text.length() <= limit ? text : text.substring(0, limit - 1) + "…";
    }
}
