package io.tunemall.platform.security.access;

import java.util.regex.Pattern;

/**
 * Something a staff member may be allowed to do, such as {@code catalog:write}. The key is stored in roles, so it never
 * changes once shipped; {@code group} (the part before the colon) orders the role editor. Labels come from the
 * messages {@code permission.<key>} (Korean and English), falling back to the key itself.
 */
public record Permission(String key) {

    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9-]+)*:[a-z][a-z0-9-]*");

    public Permission {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("A permission key looks like 'area:action' in lower case, not: " + key);
        }
    }

    public String group() {
        return key.substring(0, key.indexOf(':'));
    }

    public String messageKey() {
        return "permission." + key;
    }
}
