/**
 * Pages and endpoints of a module, mounted by the platform under the module's namespace and behind the platform's
 * security: {@code /t/{module}/...} on the storefront, {@code /admin/t/{module}/...} in the admin console (staff only,
 * and the permission the route names), {@code /api/v1/t/{module}/...} in the REST API.
 *
 * <p>A module lists its {@link io.tunemall.sdk.web.Route}s in {@link io.tunemall.sdk.module.TuningModule#routes}.
 * Handlers receive a {@link io.tunemall.sdk.web.RouteRequest} and answer a {@link io.tunemall.sdk.web.Reply}: a page
 * (a Thymeleaf template of the module, shown inside the storefront's or the admin console's layout), JSON, a
 * redirect, a file or a problem. No servlet or Spring type is involved, so a platform update cannot break them.
 *
 * @since 1.0.0
 */
package io.tunemall.sdk.web;
