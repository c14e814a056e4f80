package io.tunemall.member.api;

import io.tunemall.sdk.Money;

/**
 * The benefits of one grade.
 *
 * @param gradeCode the grade's stable code, such as {@code VIP}
 * @param gradeName the grade's name as the owner wrote it, such as {@code 골드}
 * @param discountBps discount on the price in basis points (100 = 1 %)
 * @param pointRateBps points earned on the paid amount in basis points (100 = 1 %)
 * @param freeShipping whether the member's orders ship free
 */
public record GradeBenefits(String gradeCode, String gradeName, int discountBps, int pointRateBps,
        boolean freeShipping) {

    /** The discount on a price, rounded down to the won (Money's rounding rule). */
    public Money discountOn(Money price) {
        return price.percent(discountBps);
    }

    /** The points a paid amount earns, rounded down to the won. */
    public Money pointsFor(Money paid) {
        return paid.percent(pointRateBps);
    }
}
