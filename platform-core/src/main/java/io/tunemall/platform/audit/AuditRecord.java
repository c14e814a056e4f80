package io.tunemall.platform.audit;

import java.time.Instant;

/**
 * One row of the audit log as stored. {@code seq} numbers rows without gaps; {@code hash} is the SHA-256 of
 * {@code previousHash} and this row's content, so changing, removing or reordering a row breaks the chain.
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String actorRole, String action,
        String targetType, String targetId, String summary, String details, String ip, String requestId,
        String previousHash, String hash) {
}
