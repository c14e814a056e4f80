package io.tunemall.member.benefit.point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A member's credits with points left, and the rule for which are used first: the one that expires first, so the
 * member loses as little as possible to expiry; between equal dates the older entry. Takes are remembered, so
 * several takes in one change never use the same points twice.
 */
final class LiveCredits {

    private static final Comparator<LiveCredit> EXPIRING_FIRST = Comparator.comparing(LiveCredit::expiresAt)
            .thenComparingLong(LiveCredit::entryId);

    private final List<LiveCredit> credits;
    private final long[] left;

    LiveCredits(List<LiveCredit> credits) {
        this.credits = credits.stream().sorted(EXPIRING_FIRST).toList();
        this.left = this.credits.stream().mapToLong(LiveCredit::remaining).toArray();
    }

    long total() {
        long total = 0;
        for (long points : left) {
            total += points;
        }
        return total;
    }

    /** Takes the amount from the credits that expire first. */
    List<Take> take(long amount) {
        if (amount > total()) {
            throw new IllegalStateException("Cannot take " + amount + " points from " + total());
        }
        List<Take> takes = new ArrayList<>();
        long wanted = amount;
        for (int i = 0; i < credits.size() && wanted > 0; i++) {
            long taken = Math.min(left[i], wanted);
            if (taken > 0) {
                left[i] -= taken;
                wanted -= taken;
                takes.add(new Take(credits.get(i).entryId(), taken));
            }
        }
        return takes;
    }

    /** Takes up to the amount from one particular credit; answers what it took (nothing if it has none left). */
    List<Take> takeFrom(long entryId, long amount) {
        for (int i = 0; i < credits.size(); i++) {
            if (credits.get(i).entryId() == entryId) {
                long taken = Math.min(left[i], amount);
                left[i] -= taken;
                return taken == 0 ? List.of() : List.of(new Take(entryId, taken));
            }
        }
        return List.of();
    }

    /** Takes as much of the amount as there is, expiring first; answers the takes. */
    List<Take> takeAtMost(long amount) {
        return take(Math.min(amount, total()));
    }
}
