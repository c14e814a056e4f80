package io.tunemall.sdk.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A request to one of a module's routes, as the handler sees it.
 *
 * @since 1.0.0
 */
public interface RouteRequest {

    /** The HTTP method, upper case. */
    String method();

    /** The path within the module's namespace, such as {@code /answers/12}. */
    String path();

    /** A variable of the route's path pattern ({@code /answers/{id}}); throws when the pattern has no such variable. */
    String pathVariable(String name);

    /** A query or form parameter (the first, when it was sent several times). */
    Optional<String> parameter(String name);

    /** Every value of a query or form parameter, in order; empty when it was not sent. */
    List<String> parameters(String name);

    /** A request header. */
    Optional<String> header(String name);

    /** A file of a multipart form. */
    Optional<Upload> upload(String field);

    /** The request body as text (UTF-8 unless the request says otherwise), for JSON or XML APIs. */
    String body();

    /** The shopper's or staff member's language. */
    Locale locale();

    /** The signed-in user's name (a staff login in admin, a shopper's id on the storefront), if any. */
    Optional<String> user();

    /** Whether the signed-in user holds this permission of the module (the shop owner holds them all). */
    boolean hasPermission(String permission);

    /** The address of a path of this module in this area, such as {@code /admin/t/acme.fit-finder/answers}. */
    String address(String path);
}
