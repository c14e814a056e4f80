package io.tunemall.member.api;

import java.util.Set;

/**
 * A staff account's standing: its role and the permissions the role grants. A disabled account may do nothing.
 *
 * @param allPermissions the role holds every permission, including those declared after it was made (the owner)
 * @param mustEnrolMfa the role requires two-factor login and the account has not enrolled yet: until it does, only
 *     the enrolment page is open to it (this catches sessions that began before the owner made MFA required)
 */
public record StaffAccess(String username, String role, boolean allPermissions, Set<String> permissions, boolean active,
        boolean mustEnrolMfa) {

    public StaffAccess {
        permissions = Set.copyOf(permissions);
    }

    public boolean may(String permission) {
        return active && !mustEnrolMfa && (allPermissions || permissions.contains(permission));
    }
}
