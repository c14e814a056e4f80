package io.tunemall.member.benefit.point;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a spend took from which credits, and the rule for giving points back: to the credits they came from, keeping
 * those credits' expiry, the latest expiring first (a partial give-back returns the points the member can keep
 * longest). A credit that expired meanwhile cannot take points back; its share is marked lapsed and reissued.
 */
final class SpentPortions {

    private static final Comparator<SpentPortion> LATEST_EXPIRING_FIRST = Comparator
            .comparing(SpentPortion::creditExpiresAt).reversed()
            .thenComparing(Comparator.comparingLong(SpentPortion::allocationId).reversed());

    private final List<SpentPortion> portions;

    SpentPortions(List<SpentPortion> portions) {
        this.portions = portions.stream().sorted(LATEST_EXPIRING_FIRST).toList();
    }

    long restorable() {
        return portions.stream().mapToLong(SpentPortion::restorable).sum();
    }

    List<GiveBack> giveBack(long amount, Instant now) {
        if (amount > restorable()) {
            throw new IllegalStateException("Cannot give back " + amount + " points of " + restorable());
        }
        List<GiveBack> backs = new ArrayList<>();
        long wanted = amount;
        for (SpentPortion portion : portions) {
            if (wanted == 0) {
                break;
            }
            long back = Math.min(portion.restorable(), wanted);
            if (back > 0) {
                wanted -= back;
                backs.add(new GiveBack(portion.allocationId(), portion.creditId(), back,
                        !portion.creditExpiresAt().isAfter(now)));
            }
        }
        return backs;
    }
}
