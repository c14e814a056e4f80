package io.tunemall.platform.security.access;

import java.util.List;

/**
 * Declares permissions. The platform declares its own ({@link PlatformPermissions}); a module that brings admin pages
 * of its own (a tuning module, say) declares a bean of this type, and its permissions then appear in the role editor
 * and may be named in {@link AccessRule}s.
 */
public interface PermissionSource {

    List<Permission> permissions();
}
