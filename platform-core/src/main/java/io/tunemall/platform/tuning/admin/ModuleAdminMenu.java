package io.tunemall.platform.tuning.admin;

import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.ModulePermissions;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.sdk.web.Area;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The admin side menu's entries from tuning modules: those of enabled modules whose permission the staff member holds,
 * ordered by module id and then as the module listed them.
 */
@Component
public class ModuleAdminMenu {

    /** One entry as the side menu shows it. */
    public record Link(String module, String label, String href) {
    }

    private final InstalledModules modules;
    private final ModuleSwitches switches;
    private final ModulePermissions permissions;

    ModuleAdminMenu(InstalledModules modules, ModuleSwitches switches, ModulePermissions permissions) {
        this.modules = modules;
        this.switches = switches;
        this.permissions = permissions;
    }

    public List<Link> visibleTo(Authentication staff, Locale locale) {
        List<Link> links = new ArrayList<>();
        new TreeMap<>(modules.adminMenus()).forEach((module, entries) -> {
            if (switches.isEnabled(module)) {
                entries.stream()
                        .filter(entry -> permissions.allows(staff, module, entry.permission()))
                        .forEach(entry -> links.add(new Link(module, entry.label(locale),
                                Area.ADMIN.address(module, entry.path()))));
            }
        });
        return links;
    }
}
