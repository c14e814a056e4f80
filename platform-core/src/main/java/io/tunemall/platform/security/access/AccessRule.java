package io.tunemall.platform.security.access;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may send which requests to a group of URLs: {@code /admin/products/**} read with {@code catalog:read}, written
 * with {@code catalog:write}. Patterns are Spring path patterns ({@code /admin/staff/{id}/**}); no methods means
 * every method.
 */
public record AccessRule(String pattern, Set<String> methods, Requirement requirement) {

    static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

    public AccessRule {
        methods = Set.copyOf(methods);
        PathPatternParser.defaultInstance.parse(pattern);
    }

    /** Reading the pages or resources under {@code pattern} needs {@code permission}. */
    public static AccessRule read(String pattern, String permission) {
        return new AccessRule(pattern, READS, Requirement.permission(permission));
    }

    /** Changing anything under {@code pattern} (POST, PUT, PATCH, DELETE) needs {@code permission}. */
    public static AccessRule write(String pattern, String permission) {
        return new AccessRule(pattern, WRITES, Requirement.permission(permission));
    }

    /** Every method on {@code pattern} needs {@code requirement}. */
    public static AccessRule any(String pattern, Requirement requirement) {
        return new AccessRule(pattern, Set.of(), requirement);
    }

    /** Only the given methods on {@code pattern}, for a rule that must come before a broader one. */
    public static AccessRule of(String pattern, Requirement requirement, HttpMethod... methods) {
        return new AccessRule(pattern, Arrays.stream(methods).map(HttpMethod::name).collect(Collectors.toSet()),
                requirement);
    }

    boolean covers(String method) {
        return methods.isEmpty() || methods.contains(method);
    }
}
