package io.tunemall.order.api;

/** A coupon as the admin list and form show it, with how many copies were issued and used. */
public record CouponRow(long id, CouponDraft draft, boolean active, int issuedCount, int usedCount) {
}
