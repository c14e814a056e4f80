package io.tunemall.platform.security.access;

import java.util.List;
import java.util.Optional;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** All access rules of the running shop, in the order they are tried. */
@Component
public class AccessRules {

    private record Compiled(AccessRule rule, PathPattern pattern) {
    }

    private final List<Compiled> rules;

    /** Sources arrive sorted by their {@code @Order}; a rule that names a permission nobody declared stops the start. */
    public AccessRules(List<AccessRuleSource> sources, PermissionCatalog permissions) {
        this.rules = sources.stream().flatMap(source -> source.accessRules().stream())
                .peek(rule -> {
                    if (rule.requirement() instanceof Requirement.Granted granted && !permissions.knows(granted.permission())) {
                        throw new IllegalStateException("Access rule " + rule.pattern() + " needs the permission '"
                                + granted.permission() + "', which no PermissionSource declares");
                    }
                })
                .map(rule -> new Compiled(rule, PathPatternParser.defaultInstance.parse(rule.pattern())))
                .toList();
    }

    /** The rule that decides a request, if any; {@code path} is the path inside the application (no context path). */
    public Optional<AccessRule> find(String method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream().filter(c -> c.rule().covers(method) && c.pattern().matches(container))
                .map(Compiled::rule).findFirst();
    }

    public List<AccessRule> all() {
        return rules.stream().map(Compiled::rule).toList();
    }
}
