package io.tunemall.apps.api;

import java.util.List;
import java.util.Optional;

/** Registering apps and managing their credentials, for the admin console. Every change is audited. */
public interface Apps {

    /**
     * Registers an app and returns its credentials, the secret for the only time.
     *
     * @throws AppRejection for a blank name, an unknown scope or a rate limit out of range
     */
    AppCredentials register(AppDraft draft);

    /** A new secret for the app; the old secret and every token issued with it stop working at once. */
    AppCredentials rotateSecret(long appId);

    /** Cuts the app off: its tokens stop working on the next request and it gets no new ones. */
    void revoke(long appId);

    List<AppSummary> all();

    Optional<AppSummary> find(long appId);

    /** The app's most recent API calls, newest first. */
    List<ApiCall> recentCalls(long appId, int limit);
}
