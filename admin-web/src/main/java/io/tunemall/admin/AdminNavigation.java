package io.tunemall.admin;

import io.tunemall.admin.access.StaffAuthorization;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The sections of the admin console, in the order the side navigation shows them. A section whose pages are not
 * built yet is listed as coming, so owners see where the console is going without following dead links. A staff
 * member sees only the sections their role may open (decided by the same access rules as the pages themselves).
 */
@ControllerAdvice(basePackages = "io.tunemall.admin")
class AdminNavigation {

    record Section(String key, String path, boolean available) {
    }

    static final List<Section> SECTIONS = List.of(
            new Section("dashboard", "/admin", true),
            new Section("products", "/admin/products", true),
            new Section("orders", "/admin/orders", true),
            new Section("members", "/admin/members", true),
            new Section("grades", "/admin/grades", true),
            new Section("points", "/admin/points", true),
            new Section("gift-cards", "/admin/gift-cards", true),
            new Section("coupons", "/admin/coupons", true),
            new Section("shipments", "/admin/shipping", true),
            new Section("shipping", "/admin/shipping/settings", true),
            new Section("apps", "/admin/apps", true),
            new Section("webhooks", "/admin/webhooks", true),
            new Section("app-store", "/admin/app-store", true),
            new Section("tuning", "/admin/tuning", true),
            new Section("staff", "/admin/staff", true),
            new Section("audit", "/admin/audit", true),
            new Section("search-index", "/admin/search-index", true),
            new Section("account", "/admin/account", true));

    private final StaffAuthorization authorization;

    AdminNavigation(StaffAuthorization authorization) {
        this.authorization = authorization;
    }

    /** Lets a page show a link or form only to staff whose role may use it: {@code ${adminAccess.may('POST', path)}}. */
    record AdminAccess(StaffAuthorization authorization, HttpServletRequest request) {
        public boolean may(String method, String path) {
            return authorization.allows(request, method, path);
        }
    }

    @ModelAttribute("adminAccess")
    AdminAccess access(HttpServletRequest request) {
        return new AdminAccess(authorization, request);
    }

    @ModelAttribute("adminSections")
    List<Section> sections(HttpServletRequest request) {
        return SECTIONS.stream().filter(section -> authorization.allows(request, "GET", section.path())).toList();
    }
}
