package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;

/**
 * One line's part of the order-level discounts and of the points, fixed when the order is placed.
 *
 * @param discount its part of the grade, coupon and rule discounts
 * @param points its part of the points used
 */
public record LineShares(Money discount, Money points) {
}
