package io.tunemall.admin.staff;

import java.util.ArrayList;
import java.util.List;

/** The role editor's form: a name, the permissions ticked, and whether the role requires two-factor login. */
public class RoleForm {

    private String name;
    private List<String> permissions = new ArrayList<>();
    private boolean mfaRequired;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getPermissions() {
        return permissions;
    }

    public void setPermissions(List<String> permissions) {
        this.permissions = permissions == null ? new ArrayList<>() : permissions;
    }

    public boolean isMfaRequired() {
        return mfaRequired;
    }

    public void setMfaRequired(boolean mfaRequired) {
        this.mfaRequired = mfaRequired;
    }
}
