package io.tunemall.member.api;

import java.util.Set;

/**
 * A role: its code (stored on accounts), its name, its permissions. Built-in roles keep their permissions (only their
 * MFA requirement can change); owners edit custom roles freely.
 */
public record StaffRoleView(String code, String name, boolean builtIn, boolean allPermissions, Set<String> permissions,
        boolean mfaRequired, long accounts) {

    public StaffRoleView {
        permissions = Set.copyOf(permissions);
    }
}
