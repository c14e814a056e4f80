package io.tunemall.apps.api;

import java.time.Instant;
import java.util.Set;

/** A registered app as the admin list shows it; {@code revokedAt} is null while the app may call the API. */
public record AppSummary(long id, String clientId, String name, Set<String> scopes, String ownerEmail,
        int requestsPerMinute, String createdBy, Instant createdAt, Instant secretRotatedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
