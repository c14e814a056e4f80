package io.tunemall.sdk.web;

import java.util.Objects;
import java.util.Set;

/**
 * One page or endpoint of a module.
 *
 * <pre>{@code
 * Route.storefront("GET", "/quiz", quiz::show),
 * Route.admin("GET", "/answers", "fit-finder:read", answers::list),
 * Route.api("POST", "/inventory", erp::receive).withAccess(Access.PUBLIC)
 * }</pre>
 *
 * @param area where it is mounted
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param path the path within the module's namespace, starting with {@code /}; {@code {name}} captures a segment
 *     ({@link RouteRequest#pathVariable}); two routes of a module may not share area, method and path
 * @param access who may call it
 * @param permission the permission {@link Access#PERMISSION} requires, one the module's manifest declares; null
 *     otherwise
 * @param handler what answers
 * @since 1.0.0
 */
public record Route(Area area, String method, String path, Access access, String permission, RouteHandler handler) {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE");

    public Route {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(handler, "handler");
        if (!METHODS.contains(method)) {
            throw new IllegalArgumentException("A route's method is one of " + METHODS + ": " + method);
        }
        if (!path.matches("/([A-Za-z0-9._~-]+|\\{[A-Za-z][A-Za-z0-9]*\\})?(/([A-Za-z0-9._~-]+|\\{[A-Za-z][A-Za-z0-9]*\\}))*")) {
            throw new IllegalArgumentException("A route's path starts with / and has plain segments or {variables}: " + path);
        }
        if (access == Access.PERMISSION && (permission == null || permission.isBlank())) {
            throw new IllegalArgumentException("Route " + method + " " + path + " needs a permission but names none");
        }
        if (access != Access.PERMISSION && permission != null) {
            throw new IllegalArgumentException("Route " + method + " " + path + " names a permission but its access is " + access);
        }
        if (area == Area.ADMIN && access == Access.PUBLIC) {
            throw new IllegalArgumentException("Admin route " + method + " " + path + " cannot be public");
        }
    }

    /** A storefront page or endpoint, open to everyone. */
    public static Route storefront(String method, String path, RouteHandler handler) {
        return new Route(Area.STOREFRONT, method, path, Access.PUBLIC, null, handler);
    }

    /** An admin page or endpoint for staff holding {@code permission}. */
    public static Route admin(String method, String path, String permission, RouteHandler handler) {
        return new Route(Area.ADMIN, method, path, Access.PERMISSION, permission, handler);
    }

    /** An API endpoint for authenticated clients. */
    public static Route api(String method, String path, RouteHandler handler) {
        return new Route(Area.API, method, path, Access.SIGNED_IN, null, handler);
    }

    /** The same route with other access (and no permission). */
    public Route withAccess(Access other) {
        return new Route(area, method, path, other, null, handler);
    }

    /** The same route, for holders of a permission. */
    public Route requiring(String otherPermission) {
        return new Route(area, method, path, Access.PERMISSION, otherPermission, handler);
    }
}
