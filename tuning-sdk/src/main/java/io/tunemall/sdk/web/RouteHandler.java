package io.tunemall.sdk.web;

/**
 * Answers requests to one route. Called on the request's thread, possibly by many at once. An exception becomes an
 * error answer (a 500 page or problem) for that request only, logged and shown against the module in admin.
 *
 * @since 1.0.0
 */
@FunctionalInterface
public interface RouteHandler {

    Reply handle(RouteRequest request);
}
