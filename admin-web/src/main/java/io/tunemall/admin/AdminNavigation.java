package io.tunemall.admin;

import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sections of the admin console, in the order the side navigation shows them. A section whose pages are not
 * built yet is listed as coming, so owners see where the console is going without following dead links.
 */
@ControllerAdvice(basePackages = "io.tunemall.admin")
class AdminNavigation {

    record Section(String key, String path, boolean available) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("dashboard", "/admin", true),
            new Section("products", "/admin/products", true),
            new Section("orders", "/admin/orders", true),
            new Section("members", "/admin/members", false),
            new Section("coupons", "/admin/coupons", false),
            new Section("shipping", "/admin/shipping/settings", true),
            new Section("apps", "/admin/apps", false),
            new Section("tuning", "/admin/tuning", true),
            new Section("staff", "/admin/staff", false),
            new Section("audit", "/admin/audit", false),
            new Section("search-index", "/admin/search-index", true));

    @ModelAttribute("adminSections")
    List<Section> sections() {
        return SECTIONS;
    }
}
