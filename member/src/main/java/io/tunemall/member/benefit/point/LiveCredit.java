package io.tunemall.member.benefit.point;

import java.time.Instant;

/** An entry that added points and still has some left, as spending sees it. */
record LiveCredit(long entryId, long remaining, Instant expiresAt) {
}
