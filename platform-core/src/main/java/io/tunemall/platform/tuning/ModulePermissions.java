package io.tunemall.platform.tuning;

import java.util.Comparator;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The admin permissions tuning modules declare in their manifests, for the role editor: each is granted to a staff
 * member as the authority {@link ModulePermission#authority()}, and the shop owner holds them all. Only modules the
 * platform accepted are listed (a refused module's permissions could guard nothing).
 */
@Component
public class ModulePermissions {

    /** The role that holds every module permission without being granted them one by one. */
    public static final String OWNER_ROLE = "ROLE_OWNER";

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

    ModulePermissions(InstalledModules modules) {
        this.modules = modules;
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
}
