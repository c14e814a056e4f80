package io.tunemall.admin.restapi;

import io.tunemall.order.api.Actor;
import io.tunemall.sdk.event.Initiator;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/** Who calls the admin API: an app (bearer token) or a staff member (console session). */
final class AdminApiCallers {

    private AdminApiCallers() {
    }

    /** An app is recorded in histories as {@code app <client id>}, set going by the platform. */
    static Actor actor(Authentication caller) {
        return isApp(caller) ? new Actor(Initiator.SYSTEM, "app " + caller.getName()) : Actor.staff(caller.getName());
    }

    /** Idempotency keys are per caller: an app by its client id, staff by their login. */
    static String keyOwner(Authentication caller) {
        return (isApp(caller) ? "app:" : "staff:") + caller.getName();
    }

    static boolean isApp(Authentication caller) {
        return caller.getPrincipal() instanceof OAuth2AuthenticatedPrincipal;
    }
}
