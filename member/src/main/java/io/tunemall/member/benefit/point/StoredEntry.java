package io.tunemall.member.benefit.point;

import io.tunemall.member.api.PointEntryKind;
import java.time.Instant;

/** A point entry as stored. */
record StoredEntry(long id, long memberId, PointEntryKind kind, long amount, long remaining, Instant expiresAt,
        String orderNumber, Long relatedId, long expiredWon, long shortfallWon, String reason, String staff,
        Instant createdAt) {
}
