package io.tunemall.member.api;

import java.util.List;
import java.util.Optional;

/**
 * Staff accounts and roles, as owners manage them in the admin console. Every change is written to the audit log in
 * the same transaction. Rules are refused with a {@link StaffRejection}: the last enabled owner cannot be disabled or
 * demoted, a role in use cannot be deleted, a permission nobody declared cannot be granted.
 */
public interface StaffAdministration {

    List<StaffAccountView> accounts();

    Optional<StaffAccountView> account(long id);

    long create(NewStaffAccount account);

    void changeRole(long id, String role);

    void disable(long id);

    void enable(long id);

    /** Sets a new password and lifts a lockout; the staff member's TOTP enrolment stays. */
    void resetPassword(long id, String password);

    void unlock(long id);

    /** Removes a staff member's TOTP enrolment and recovery codes, for a lost phone; they enrol again on next login. */
    void resetMfa(long id);

    List<StaffRoleView> roles();

    Optional<StaffRoleView> role(String code);

    /** Creates a custom role and returns its code. */
    String createRole(RoleDraft draft);

    void updateRole(String code, RoleDraft draft);

    void deleteRole(String code);
}
