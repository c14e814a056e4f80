package io.tunemall.apps.api;

import java.util.Set;

/**
 * A new app as the owner registers it.
 *
 * @param ownerEmail where notices about the app go (a webhook endpoint disabled after failing), or null
 * @param requestsPerMinute how many API calls the app may make per minute
 */
public record AppDraft(String name, Set<String> scopes, String ownerEmail, int requestsPerMinute) {

    public AppDraft {
        scopes = scopes == null ? Set.of() : Set.copyOf(scopes);
    }
}
