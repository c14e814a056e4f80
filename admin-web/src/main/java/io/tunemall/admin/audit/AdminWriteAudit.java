package io.tunemall.admin.audit;

import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Writes every successful change made through the admin console or the admin API to the audit log, so no admin
 * write goes unrecorded even where its code records nothing itself. A request whose code already recorded a richer
 * entry (a role change, say) is not recorded twice. Recorded: the endpoint, the handler, the target from the path and
 * the names of the submitted fields; never their values, which may hold personal data or passwords.
 *
 * <p>A write counts as successful when the handler returned without an exception, with a status below 400, with no
 * form errors in the model and no {@code failure} flash message (the console's way of saying an action was refused).
 * It is recorded before the response is written, so a failure to record shows as an error, not as a silent gap.
 */
@Component
class AdminWriteAudit implements HandlerInterceptor {

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final AuditTrail audit;

    AdminWriteAudit(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
            ModelAndView view) {
        if (READS.contains(request.getMethod()) || !(handler instanceof HandlerMethod method)
                || request.getAttribute(AuditTrail.RECORDED_IN_REQUEST) != null || response.getStatus() >= 400
                || refused(request, view)) {
            return;
        }
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        @SuppressWarnings("unchecked")
        Map<String, String> variables = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String targetId = variables == null || variables.isEmpty() ? null
                : variables.getOrDefault("id", variables.getOrDefault("code", variables.values().iterator().next()));
        audit.record(AuditEntry.action("admin.write")
                .on(targetType(pattern), targetId)
                .summary(request.getMethod() + " " + request.getRequestURI())
                .detail("endpoint", request.getMethod() + " " + pattern)
                .detail("handler", method.getBeanType().getSimpleName() + "#" + method.getMethod().getName())
                .detail("fields", new TreeSet<>(request.getParameterMap().keySet()).stream()
                        .filter(name -> !name.equals("_csrf")).toList()));
    }

    private static boolean refused(HttpServletRequest request, ModelAndView view) {
        var flash = RequestContextUtils.getOutputFlashMap(request);
        if (flash != null && flash.containsKey("failure")) {
            return true;
        }
        return view != null && view.getModel().values().stream()
                .anyMatch(value -> value instanceof BindingResult result && result.hasErrors());
    }

    /** The first literal segment after /admin or /api/v1/admin: {@code brands} for /admin/brands/{id}. */
    static String targetType(String pattern) {
        String rest = pattern.replaceFirst("^/api/v1/admin/?|^/admin/?", "");
        String first = rest.split("/")[0];
        return first.isEmpty() || first.startsWith("{") ? "admin" : first;
    }
}
