package io.tunemall.admin.tuning;

import io.tunemall.platform.tuning.admin.ModuleAdminMenu;
import java.util.List;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The side menu's entries from tuning modules, for every admin page (admin/fragments :: sidebar). */
@ControllerAdvice(basePackages = "io.tunemall.admin")
class ModuleMenuAdvice {

    private final ModuleAdminMenu menu;

    ModuleMenuAdvice(ModuleAdminMenu menu) {
        this.menu = menu;
    }

    @ModelAttribute("moduleMenu")
    List<ModuleAdminMenu.Link> moduleMenu(Locale locale) {
        Authentication staff = SecurityContextHolder.getContext().getAuthentication();
        return menu.visibleTo(staff, locale);
    }
}
