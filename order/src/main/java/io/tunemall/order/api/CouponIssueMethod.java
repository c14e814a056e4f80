package io.tunemall.order.api;

/** How members get a coupon. Staff can issue any active coupon to a member by hand, whatever its method. */
public enum CouponIssueMethod {
    /** The shopper downloads it on the storefront's coupon page. */
    DOWNLOAD,
    /** Issued when a member signs up. */
    SIGN_UP,
    /** Issued on the member's birthday (Asia/Seoul), by a daily job. */
    BIRTHDAY,
    /** Issued when a member reaches the coupon's grade. */
    GRADE,
    /** Only staff issue it, to a member. */
    MANUAL
}
