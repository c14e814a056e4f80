package io.tunemall.sdk.web;

/**
 * Where a module's route is mounted, and which of the platform's security applies.
 *
 * @since 1.0.0
 */
public enum Area {
    /** {@code /t/{module}/...}: the storefront, open to shoppers (or signed-in shoppers only). */
    STOREFRONT("/t/"),
    /** {@code /admin/t/{module}/...}: the admin console, for staff, with the permission the route names. */
    ADMIN("/admin/t/"),
    /** {@code /api/v1/t/{module}/...}: the REST API, stateless, answering JSON and problem+json. */
    API("/api/v1/t/");

    private final String prefix;

    Area(String prefix) {
        this.prefix = prefix;
    }

    /** The address of a path of a module in this area, such as {@code /admin/t/acme.fit-finder/answers}. */
    public String address(String moduleId, String path) {
        return prefix + moduleId + (path.startsWith("/") ? path : "/" + path);
    }
}
