package io.tunemall.order.coupon;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CouponRejection;
import io.tunemall.order.api.CouponRow;
import java.time.Instant;
import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues copies of a coupon to members, never more than the coupon's per-member limit: each copy takes the next copy
 * number and the unique key (coupon, member, copy number) refuses the second of two simultaneous downloads.
 */
@Component
class CouponIssuing {

    private final CouponStore store;

    CouponIssuing(CouponStore store) {
        this.store = store;
    }

    /**
     * @param issuedBy who or what issued it ({@code download}, {@code sign-up}, {@code staff admin@shop}, ...)
     * @throws CouponRejection when the coupon is off, out of date, or the member holds the limit already
     */
    @Transactional
    public long issue(long couponId, long memberId, String issuedBy, Instant now) {
        CouponRow coupon = store.find(couponId).orElseThrow(() -> new CouponRejection(404,
                List.of(CheckoutProblem.of("", "not-found"))));
        if (!coupon.active()) {
            throw CouponRejection.of("", "inactive");
        }
        CouponValidity validity = CouponValidity.of(coupon.draft(), now);
        if (validity.over(now)) {
            throw CouponRejection.of("", "expired");
        }
        int held = store.copiesHeld(couponId, memberId);
        if (held >= coupon.draft().perMemberLimit()) {
            throw CouponRejection.of("", "limit-reached", coupon.draft().perMemberLimit());
        }
        try {
            return store.insertCopy(couponId, memberId, held + 1, now, issuedBy, validity.from(), validity.until());
        } catch (DuplicateKeyException issuedMeanwhile) {
            throw CouponRejection.of("", "limit-reached", coupon.draft().perMemberLimit());
        }
    }

    /**
     * Issues a copy for a reason at most once (a retried event or a job run twice finds it issued), and quietly
     * does nothing when the member may not get one: automatic issues have nobody to tell.
     */
    @Transactional
    public boolean issueOnce(long couponId, long memberId, String reason, Instant now) {
        if (store.issuedFor(couponId, memberId, reason)) {
            return false;
        }
        try {
            issue(couponId, memberId, reason, now);
            return true;
        } catch (CouponRejection notForThisMember) {
            return false;
        }
    }
}
