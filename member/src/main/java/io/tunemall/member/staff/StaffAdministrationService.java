package io.tunemall.member.staff;

import io.tunemall.member.api.NewStaffAccount;
import io.tunemall.member.api.RoleDraft;
import io.tunemall.member.api.StaffAccountView;
import io.tunemall.member.api.StaffAdministration;
import io.tunemall.member.api.StaffRejection;
import io.tunemall.member.api.StaffRoleView;
import io.tunemall.platform.audit.AuditEntry;
import io.tunemall.platform.audit.AuditTrail;
import io.tunemall.platform.security.access.PermissionCatalog;
import io.tunemall.platform.time.ShopClock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class StaffAdministrationService implements StaffAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3,100}");
    private static final List<String> BUILT_IN_ORDER = List.of(StaffRole.OWNER, "MANAGER", "CUSTOMER_SERVICE",
            "AGENCY_DEVELOPER", "READ_ONLY");

    private final StaffAccounts accounts;
    private final StaffRoles roles;
    private final RecoveryCodes recoveryCodes;
    private final PermissionCatalog permissions;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final ShopClock clock;

    StaffAdministrationService(StaffAccounts accounts, StaffRoles roles, RecoveryCodes recoveryCodes,
            PermissionCatalog permissions, PasswordEncoder passwords, AuditTrail audit, ShopClock clock) {
        this.accounts = accounts;
        this.roles = roles;
        this.recoveryCodes = recoveryCodes;
        this.permissions = permissions;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffAccountView> accounts() {
        return accounts.findAll().stream().map(StaffAccount::view)
                .sorted(Comparator.comparing(StaffAccountView::username)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffAccountView> account(long id) {
        return accounts.findById(id).map(StaffAccount::view);
    }

    @Override
    @Transactional
    public long create(NewStaffAccount draft) {
        String username = draft.username() == null ? "" : draft.username().strip();
        if (!USERNAME.matcher(username).matches()) {
            throw new StaffRejection("username", "username-invalid",
                    "A username has 3 to 100 letters, digits, dots, hyphens, underscores or @");
        }
        if (accounts.findByUsername(username).isPresent()) {
            throw new StaffRejection("username", "username-taken", "The username " + username + " is taken");
        }
        String displayName = draft.displayName() == null || draft.displayName().isBlank() ? username : draft.displayName().strip();
        if (displayName.length() > 100) {
            throw new StaffRejection("displayName", "display-name-too-long", "A display name has at most 100 characters");
        }
        StaffRole role = existingRole("role", draft.role());
        PasswordRules.check("password", username, draft.password());
        StaffAccount account = accounts.save(new StaffAccount(username, passwords.encode(draft.password()), displayName,
                role, clock.now()));
        audit.record(AuditEntry.action("staff.account.created").on("staff-account", account.id())
                .summary("added " + username + " as " + role.code()).detail("username", username).detail("role", role.code()));
        return account.id();
    }

    @Override
    @Transactional
    public void changeRole(long id, String roleCode) {
        StaffAccount account = lockedAccount(id);
        StaffRole role = existingRole("role", roleCode);
        String before = account.role().code();
        if (before.equals(role.code())) {
            return;
        }
        if (account.role().isOwner() && account.enabled()) {
            requireAnotherOwner("role");
        }
        account.changeRole(role);
        audit.record(AuditEntry.action("staff.account.role-changed").on("staff-account", id)
                .summary(account.username() + ": " + before + " -> " + role.code())
                .detail("from", before).detail("to", role.code()));
    }

    @Override
    @Transactional
    public void disable(long id) {
        StaffAccount account = lockedAccount(id);
        if (!account.enabled()) {
            return;
        }
        if (account.role().isOwner()) {
            requireAnotherOwner(null);
        }
        account.enable(false);
        audit.record(AuditEntry.action("staff.account.disabled").on("staff-account", id).summary(account.username()));
    }

    @Override
    @Transactional
    public void enable(long id) {
        StaffAccount account = lockedAccount(id);
        if (account.enabled()) {
            return;
        }
        account.enable(true);
        audit.record(AuditEntry.action("staff.account.enabled").on("staff-account", id).summary(account.username()));
    }

    @Override
    @Transactional
    public void resetPassword(long id, String password) {
        StaffAccount account = lockedAccount(id);
        PasswordRules.check("password", account.username(), password);
        account.changePassword(passwords.encode(password));
        account.unlock();
        audit.record(AuditEntry.action("staff.account.password-reset").on("staff-account", id).summary(account.username()));
    }

    @Override
    @Transactional
    public void unlock(long id) {
        StaffAccount account = lockedAccount(id);
        account.unlock();
        audit.record(AuditEntry.action("staff.account.unlocked").on("staff-account", id).summary(account.username()));
    }

    @Override
    @Transactional
    public void resetMfa(long id) {
        StaffAccount account = lockedAccount(id);
        account.removeTotp();
        recoveryCodes.deleteAllOf(account.id());
        audit.record(AuditEntry.action("staff.account.mfa-reset").on("staff-account", id).summary(account.username()));
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffRoleView> roles() {
        return roles.findAll().stream()
                .sorted(Comparator.comparingInt((StaffRole r) -> builtInOrder(r.code())).thenComparing(StaffRole::name))
                .map(this::view).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffRoleView> role(String code) {
        return roles.findById(code).map(this::view);
    }

    @Override
    @Transactional
    public String createRole(RoleDraft draft) {
        String name = roleName(draft);
        Set<String> granted = declared(draft.permissions());
        String code = "custom-" + UUID.randomUUID().toString().substring(0, 8);
        roles.save(new StaffRole(code, name, granted, draft.mfaRequired()));
        audit.record(AuditEntry.action("staff.role.created").on("staff-role", code).summary(name)
                .detail("permissions", granted).detail("mfaRequired", draft.mfaRequired()));
        return code;
    }

    @Override
    @Transactional
    public void updateRole(String code, RoleDraft draft) {
        StaffRole role = existingRole(null, code);
        AuditEntry entry = AuditEntry.action("staff.role.changed").on("staff-role", code);
        if (role.mfaRequired() != draft.mfaRequired()) {
            entry = entry.detail("mfaRequired", draft.mfaRequired());
            role.requireMfa(draft.mfaRequired());
        }
        if (!role.builtIn()) {
            String name = roleName(draft);
            if (!name.equals(role.name())) {
                entry = entry.detail("renamedFrom", role.name()).detail("renamedTo", name);
                role.rename(name);
            }
            Set<String> granted = declared(draft.permissions());
            Set<String> before = role.permissions();
            Set<String> added = new TreeSet<>(granted);
            added.removeAll(before);
            Set<String> removed = new TreeSet<>(before);
            removed.removeAll(granted);
            if (!added.isEmpty() || !removed.isEmpty()) {
                entry = entry.detail("granted", added).detail("revoked", removed);
                role.grantOnly(granted);
            }
        }
        if (!entry.details().isEmpty()) {
            audit.record(entry.summary(role.name()));
        }
    }

    @Override
    @Transactional
    public void deleteRole(String code) {
        StaffRole role = existingRole(null, code);
        if (role.builtIn()) {
            throw StaffRejection.conflict("role-built-in", "The built-in role " + code + " cannot be deleted");
        }
        long holders = accounts.countByRoleCode(code);
        if (holders > 0) {
            throw StaffRejection.conflict("role-in-use", holders + " staff accounts hold the role " + role.name());
        }
        roles.delete(role);
        audit.record(AuditEntry.action("staff.role.deleted").on("staff-role", code).summary(role.name())
                .detail("permissions", role.permissions()));
    }

    /** Built-in roles from the most to the least powerful, then custom roles by name. */
    private static int builtInOrder(String code) {
        int index = BUILT_IN_ORDER.indexOf(code);
        return index < 0 ? BUILT_IN_ORDER.size() : index;
    }

    private StaffRoleView view(StaffRole role) {
        return new StaffRoleView(role.code(), role.name(), role.builtIn(), role.allPermissions(), role.permissions(),
                role.mfaRequired(), accounts.countByRoleCode(role.code()));
    }

    private String roleName(RoleDraft draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > 100) {
            throw new StaffRejection("name", "role-name-invalid", "A role needs a name of at most 100 characters");
        }
        return name;
    }

    private Set<String> declared(Set<String> keys) {
        List<String> unknown = permissions.unknown(keys);
        if (!unknown.isEmpty()) {
            throw new StaffRejection("permissions", "unknown-permission", "No module declares " + unknown);
        }
        return new TreeSet<>(keys);
    }

    private StaffRole existingRole(String field, String code) {
        return Optional.ofNullable(code).flatMap(roles::findById)
                .orElseThrow(() -> new StaffRejection(field, "unknown-role", "No role " + code));
    }

    /** An owner may be demoted or disabled only while another enabled owner remains, or nobody could manage staff. */
    private void requireAnotherOwner(String field) {
        if (accounts.countEnabledOwners() <= 1) {
            throw new StaffRejection(field, "last-owner", "The shop needs at least one enabled owner");
        }
    }

    private StaffAccount lockedAccount(long id) {
        return accounts.findForUpdateById(id)
                .orElseThrow(() -> new StaffRejection(null, "unknown-account", "No staff account " + id));
    }
}
