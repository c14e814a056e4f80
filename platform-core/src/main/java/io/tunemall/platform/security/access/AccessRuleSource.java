package io.tunemall.platform.security.access;

import java.util.List;

/**
 * Contributes access rules for admin pages and the admin API. Rules of all sources are tried in the sources' order
 * ({@link org.springframework.core.annotation.Order}), and within a source in list order: the first rule whose pattern
 * and method match decides. A request that no rule matches is refused, so every new endpoint needs a rule
 * (the platform's test of all admin handler mappings fails without one).
 */
public interface AccessRuleSource {

    List<AccessRule> accessRules();
}
