package io.tunemall.platform.tuning.web;

import io.tunemall.sdk.web.Area;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Where a request is addressed within the module namespaces: {@code /admin/t/acme.x/answers/3} is the admin area,
 * module {@code acme.x}, path {@code /answers/3}.
 */
public record ModuleAddress(Area area, String module, String path) {

    public static Optional<ModuleAddress> of(HttpServletRequest request) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        for (Area area : new Area[] {Area.API, Area.ADMIN, Area.STOREFRONT}) {
            String prefix = prefix(area);
            if (uri.startsWith(prefix + "/")) {
                String rest = uri.substring(prefix.length() + 1);
                int slash = rest.indexOf('/');
                String module = slash < 0 ? rest : rest.substring(0, slash);
                String path = slash < 0 ? "/" : rest.substring(slash);
                return module.isEmpty() ? Optional.empty() : Optional.of(new ModuleAddress(area, module, path));
            }
        }
        return Optional.empty();
    }

    /** The namespace root of an area, without the module: {@code /admin/t}. */
    public static String prefix(Area area) {
        return switch (area) {
            case STOREFRONT -> "/t";
            case ADMIN -> "/admin/t";
            case API -> "/api/v1/t";
        };
    }
}
