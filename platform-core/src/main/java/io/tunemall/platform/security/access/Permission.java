package io.tunemall.platform.security.access;

import java.util.regex.Pattern;

/**
 * Something a staff member may be allowed to do, such as {@code catalog:write}. The key is stored in roles, so it never
 * changes once shipped; {@code group} (the part before the colon) orders the role editor. Labels come from the
 * messages {@code permission.<key>} (Korean and English), falling back to the key itself.
 *
 * <p>A tuning module's permission has the key {@code MODULE:{module id}:{permission}} (the authority
 * {@code ModulePermissions} checks) and the module's id as its group, so the role editor shows it under its module.
 */
public record Permission(String key) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*:[a-z][a-z0-9-]*");
    /** The module id follows the manifest's rule; a module names its permissions freely within these characters. */
    private static final Pattern MODULE_KEY =
            Pattern.compile("MODULE:[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*:[A-Za-z0-9][A-Za-z0-9:._-]*");
    private static final String MODULE_PREFIX = "MODULE:";

    public Permission {
        if (key == null || !(KEY.matcher(key).matches() || MODULE_KEY.matcher(key).matches())) {
            throw new IllegalArgumentException("A permission key looks like 'area:action' in lower case, not: " + key);
        }
    }

    public String group() {
        if (isModule()) {
            String rest = key.substring(MODULE_PREFIX.length());
            return rest.substring(0, rest.indexOf(':'));
        }
        return key.substring(0, key.indexOf(':'));
    }

    public String messageKey() {
        return "permission." + key;
    }

    /** Whether a tuning module declares it (rather than the platform). */
    public boolean isModule() {
        return key.startsWith(MODULE_PREFIX);
    }
}
