package io.tunemall.order.coupon;

import io.tunemall.member.api.GradeChanged;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponRow;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.event.MemberJoined;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Coupons issued by what happens to a member: signing up, reaching a grade. The events come through the outbox after
 * the member's transaction committed and are retried when this fails; each issue is recorded with its reason, so a
 * retried event never issues a second copy.
 */
@Component
class AutomaticCoupons {

    private final CouponStore store;
    private final CouponIssuing issuing;
    private final ShopClock clock;

    AutomaticCoupons(CouponStore store, CouponIssuing issuing, ShopClock clock) {
        this.store = store;
        this.issuing = issuing;
        this.clock = clock;
    }

    @ApplicationModuleListener
    public void on(MemberJoined joined) {
        for (CouponRow coupon : store.active(CouponIssueMethod.SIGN_UP)) {
            issuing.issueOnce(coupon.id(), joined.memberId(), "sign-up", clock.now());
        }
    }

    @ApplicationModuleListener
    public void on(GradeChanged changed) {
        for (CouponRow coupon : store.active(CouponIssueMethod.GRADE)) {
            if (changed.toCode() != null && changed.toCode().equals(coupon.draft().gradeCode())) {
                issuing.issueOnce(coupon.id(), changed.memberId(), "grade " + changed.toCode() + " " + changed.at(),
                        clock.now());
            }
        }
    }
}
