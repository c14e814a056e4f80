package io.tunemall.member.benefit.point;

import java.time.Instant;

/** One allocation of a spend: points it took from a credit entry, and how much of them came back already. */
record SpentPortion(long allocationId, long creditId, long amount, long restored, Instant creditExpiresAt) {

    long restorable() {
        return amount - restored;
    }
}
