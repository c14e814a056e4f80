package io.tunemall.platform.tuning;

import io.tunemall.platform.security.access.Permission;
import io.tunemall.platform.security.access.PermissionSource;
import io.tunemall.platform.security.access.StaffGrants;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The admin permissions tuning modules declare in their manifests, for the role editor: each is granted to a staff
 * member as the authority {@link ModulePermission#authority()}, and the shop owner holds them all. Only modules the
 * platform accepted are listed (a refused module's permissions could guard nothing).
 *
 * <p>As a {@link PermissionSource} it offers the permissions of the installed modules to the role editor, keyed by
 * their authority; a role holding one lets its staff use the module's routes and menu entries that require it.
 */
@Component
public class ModulePermissions implements PermissionSource {

    /** The role that holds every module permission without being granted them one by one. */
    public static final String OWNER_ROLE = "ROLE_OWNER";

    /** Every staff account that finished signing in holds it. */
    private static final String STAFF_ROLE = "ROLE_STAFF";

    /**
     * One declared permission.
     *
     * @param module the id of the module that declares it
     * @param name the permission as the module names it, such as {@code certificates:manage}
     */
    public record ModulePermission(String module, String name) {

        /** The authority that grants it: {@code MODULE:{module}:{name}}, unique across modules. */
        public String authority() {
            return authorityOf(module, name);
        }
    }

    private final InstalledModules modules;
    private final ModuleStates states;
    private final ObjectProvider<StaffGrants> staffGrants;

    ModulePermissions(InstalledModules modules, ModuleStates states, ObjectProvider<StaffGrants> staffGrants) {
        this.modules = modules;
        this.states = states;
        this.staffGrants = staffGrants;
    }

    public static String authorityOf(String module, String permission) {
        return "MODULE:" + module + ":" + permission;
    }

    /** Every permission of every accepted module, by module and name. */
    public List<ModulePermission> all() {
        return modules.all().stream()
                .filter(LoadedModule::isAccepted)
                .flatMap(module -> module.manifest().permissions().stream().map(name -> new ModulePermission(module.id(), name)))
                .sorted(Comparator.comparing(ModulePermission::module).thenComparing(ModulePermission::name))
                .toList();
    }

    /**
     * The permissions of the modules this shop installed (enabled or not), for the role editor: a disabled module's
     * grants stay on the roles for when it comes back. A name that cannot be a role's key is left out.
     */
    @Override
    public List<Permission> permissions() {
        Set<String> installed = states.all().keySet();
        return all().stream()
                .filter(permission -> installed.contains(permission.module()))
                .map(ModulePermission::authority)
                .filter(ModulePermissions::storable)
                .map(Permission::new)
                .toList();
    }

    /**
     * Whether the user holds the module's permission: the owner always does; other staff when their role grants it now
     * (looked up on each call, like every admin permission), or when the authority itself was given to them.
     */
    public boolean allows(Authentication user, String module, String permission) {
        if (grants(user, module, permission)) {
            return true;
        }
        if (user == null || !user.isAuthenticated()
                || user.getAuthorities().stream().noneMatch(a -> STAFF_ROLE.equals(a.getAuthority()))) {
            return false;
        }
        StaffGrants grants = staffGrants.getIfAvailable();
        return grants != null && grants.holds(user.getName(), authorityOf(module, permission));
    }

    /** Whether the user holds the module's permission: the owner always does, others when it was granted to them. */
    public static boolean grants(Authentication user, String module, String permission) {
        if (user == null || !user.isAuthenticated()) {
            return false;
        }
        String wanted = authorityOf(module, permission);
        for (GrantedAuthority authority : user.getAuthorities()) {
            if (OWNER_ROLE.equals(authority.getAuthority()) || wanted.equals(authority.getAuthority())) {
                return true;
            }
        }
        return false;
    }

    private static boolean storable(String key) {
        try {
            new Permission(key);
            return key.length() <= 80;   // staff_role_permission.permission
        } catch (IllegalArgumentException notAKey) {
            return false;
        }
    }
}
