/**
 * What other modules (the admin console) may use of the apps module: registering apps and their credentials
 * ({@link io.tunemall.apps.api.Apps}), their API call log, and their webhook endpoints and deliveries
 * ({@link io.tunemall.apps.api.Webhooks}). The token endpoint, the bearer-token filter chain, rate limits and the
 * webhook sender are internal.
 */
@org.springframework.modulith.NamedInterface("api")
package io.tunemall.apps.api;
