package io.tunemall.platform.web.idempotency;

import java.time.Instant;

/**
 * A key as the database holds it: while its first request runs only the fingerprint is set; once that request is
 * done, its status, JSON body and Location.
 */
record StoredReply(String fingerprint, boolean done, Integer status, String body, String location, Instant claimedAt,
        Instant expiresAt) {
}
