package io.tunemall.member.benefit.grade;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * All grades, and the rule the re-grading applies: a member gets the highest-level grade whose entry amount their
 * trailing paid amount reaches. The default grade needs no amount, so everyone reaches at least that; grades
 * without an entry amount are never given automatically.
 */
final class Tiers {

    private final List<Tier> highestFirst;

    Tiers(List<Tier> tiers) {
        this.highestFirst = tiers.stream().sorted(Comparator.comparingInt(Tier::level).reversed()).toList();
        if (highestFirst.stream().noneMatch(Tier::isDefault)) {
            throw new IllegalStateException("No default member grade is configured");
        }
    }

    Tier gradeFor(long paidWon) {
        return highestFirst.stream().filter(tier -> tier.reachedWith(paidWon)).findFirst().orElseThrow();
    }

    Tier defaultTier() {
        return highestFirst.stream().filter(Tier::isDefault).findFirst().orElseThrow();
    }

    Optional<Tier> byId(long id) {
        return highestFirst.stream().filter(tier -> tier.id() == id).findFirst();
    }

    List<Tier> highestFirst() {
        return highestFirst;
    }
}
