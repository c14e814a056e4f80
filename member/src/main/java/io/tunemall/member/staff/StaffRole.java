package io.tunemall.member.staff;

import io.tunemall.member.api.MemberPermissions;
import java.util.List;

/** What a staff member may do in the admin console. */
enum StaffRole {
    OWNER(List.of(MemberPermissions.PII_UNMASK)),
    MANAGER(List.of()),
    CUSTOMER_SERVICE(List.of()),
    AGENCY_DEVELOPER(List.of()),
    READ_ONLY(List.of());

    private final List<String> permissions;

    StaffRole(List<String> permissions) {
        this.permissions = permissions;
    }

    /** The permission authorities the role grants, beside ROLE_{name}. */
    List<String> permissions() {
        return permissions;
    }
}
