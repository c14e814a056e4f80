package io.tunemall.order.coupon;

import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.CouponRow;
import io.tunemall.order.api.MemberCouponView;
import io.tunemall.order.pricing.CouponTerms;
import java.time.Instant;

/**
 * A copy of a coupon issued to a member, with the coupon's terms. The copy carries its own validity: a coupon valid
 * for N days from issue runs out at a different moment for every member.
 */
record HeldCoupon(long id, long memberId, CouponRow coupon, Instant issuedAt, Instant validFrom, Instant validUntil,
        String usedOrderNumber, Instant usedAt) {

    boolean used() {
        return usedOrderNumber != null;
    }

    boolean validAt(Instant moment) {
        return (validFrom == null || !moment.isBefore(validFrom)) && (validUntil == null || moment.isBefore(validUntil));
    }

    /**
     * Not used, the coupon still on, not used up, and within its validity. Used up is a hint here (checkout does not
     * offer it); redeeming decides, under the row lock.
     */
    boolean usableAt(Instant moment) {
        return !used() && coupon.active() && !usedUp() && validAt(moment);
    }

    boolean usedUp() {
        Integer limit = coupon.draft().totalLimit();
        return limit != null && coupon.usedCount() >= limit;
    }

    MemberCouponView.Status status(Instant now) {
        if (used()) {
            return MemberCouponView.Status.USED;
        }
        return usableAt(now) ? MemberCouponView.Status.USABLE : MemberCouponView.Status.EXPIRED;
    }

    CouponTerms terms() {
        CouponDraft draft = coupon.draft();
        return new CouponTerms(String.valueOf(id), draft.name(),
                draft.kind() == CouponKind.FIXED ? CouponTerms.Kind.FIXED : CouponTerms.Kind.PERCENT, draft.amount(),
                draft.basisPoints(), draft.cap(), draft.minimumAmount(), draft.productIds(), draft.categoryIds(),
                draft.brandIds(), validFrom, validUntil, draft.combinesWithGrade());
    }

    MemberCouponView view(Instant now) {
        CouponDraft draft = coupon.draft();
        return new MemberCouponView(id, draft.name(), draft.kind(), draft.amount(), draft.basisPoints(), draft.cap(),
                draft.minimumAmount(), validFrom, validUntil, issuedAt, usedOrderNumber, status(now));
    }
}
