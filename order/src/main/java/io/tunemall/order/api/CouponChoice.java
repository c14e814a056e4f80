package io.tunemall.order.api;

import io.tunemall.sdk.Money;

/** A coupon the checkout offers: one the member holds that gives a discount on this cart, and how much. */
public record CouponChoice(String couponId, String name, Money discount) {
}
