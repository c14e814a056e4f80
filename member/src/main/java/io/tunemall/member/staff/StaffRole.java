package io.tunemall.member.staff;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;

/** A named set of permissions that staff accounts hold. */
@Entity
@Table(name = "staff_role")
class StaffRole {

    static final String OWNER = "OWNER";

    @Id
    private String code;

    private String name;

    @Column(name = "built_in")
    private boolean builtIn;

    @Column(name = "all_permissions")
    private boolean allPermissions;

    @Column(name = "mfa_required")
    private boolean mfaRequired;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "staff_role_permission", joinColumns = @JoinColumn(name = "role_code"))
    @Column(name = "permission")
    private Set<String> permissions = new HashSet<>();

    protected StaffRole() {
    }

    StaffRole(String code, String name, Set<String> permissions, boolean mfaRequired) {
        this.code = code;
        this.name = name;
        this.builtIn = false;
        this.allPermissions = false;
        this.permissions = new HashSet<>(permissions);
        this.mfaRequired = mfaRequired;
    }

    String code() {
        return code;
    }

    String name() {
        return name;
    }

    boolean builtIn() {
        return builtIn;
    }

    boolean allPermissions() {
        return allPermissions;
    }

    boolean mfaRequired() {
        return mfaRequired;
    }

    Set<String> permissions() {
        return new TreeSet<>(permissions);
    }

    boolean isOwner() {
        return OWNER.equals(code);
    }

    void rename(String newName) {
        this.name = newName;
    }

    void grantOnly(Set<String> granted) {
        permissions.retainAll(granted);
        permissions.addAll(granted);
    }

    void requireMfa(boolean required) {
        this.mfaRequired = required;
    }
}
