package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.GradeBenefits;
import io.tunemall.member.api.GradeTier;
import io.tunemall.sdk.Money;

/**
 * A grade as stored.
 *
 * @param minimumPaidWon null for a grade only staff give
 */
record Tier(long id, String code, String name, int level, int discountBps, int pointRateBps, boolean freeShipping,
        Long minimumPaidWon, boolean isDefault) {

    /** Whether the re-grading gives this grade for the given trailing paid amount. */
    boolean reachedWith(long paidWon) {
        return isDefault || (minimumPaidWon != null && minimumPaidWon <= paidWon);
    }

    GradeBenefits benefits() {
        return new GradeBenefits(code, name, discountBps, pointRateBps, freeShipping);
    }

    GradeTier view(long members) {
        return new GradeTier(id, code, name, level, discountBps, pointRateBps, freeShipping,
                minimumPaidWon == null ? null : Money.won(minimumPaidWon), isDefault, members);
    }
}
