package io.tunemall.member.api;

import io.tunemall.sdk.Money;

/**
 * A grade as staff submit it.
 *
 * @param code letters, digits, hyphen and underscore; ignored on update (a grade's code never changes)
 * @param minimumPaid null for a grade only staff give; the default grade's is always 0
 * @param makeDefault whether this becomes the default grade (it must then have the lowest level)
 */
public record GradeDraft(String code, String name, int level, int discountBps, int pointRateBps,
        boolean freeShipping, Money minimumPaid, boolean makeDefault) {
}
