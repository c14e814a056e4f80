package io.tunemall.member.api;

import io.tunemall.sdk.Money;

/**
 * A grade as configured.
 *
 * @param level higher is better; unique
 * @param minimumPaid the trailing 12-month paid amount that reaches this grade; null when only staff give it
 * @param members members holding the grade on record (members never re-graded hold the default implicitly)
 */
public record GradeTier(long id, String code, String name, int level, int discountBps, int pointRateBps,
        boolean freeShipping, Money minimumPaid, boolean isDefault, long members) {

    public boolean manualOnly() {
        return minimumPaid == null;
    }

    public GradeBenefits benefits() {
        return new GradeBenefits(code, name, discountBps, pointRateBps, freeShipping);
    }
}
