package io.tunemall.order.coupon;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CouponAdministration;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponRejection;
import io.tunemall.order.api.CouponRow;
import io.tunemall.platform.time.ShopClock;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The owner's side of coupons. Admin POSTs are audited by the admin console (AdminWriteAudit). */
@Service
class CouponAdmin implements CouponAdministration {

    private final CouponStore store;
    private final CouponIssuing issuing;
    private final ShopClock clock;

    CouponAdmin(CouponStore store, CouponIssuing issuing, ShopClock clock) {
        this.store = store;
        this.issuing = issuing;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CouponRow> coupons() {
        return store.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<CouponRow> coupon(long id) {
        return store.find(id);
    }

    @Override
    @Transactional
    public long create(CouponDraft draft) {
        check(draft);
        return store.insert(draft, clock.now());
    }

    @Override
    @Transactional
    public void update(long id, CouponDraft draft) {
        check(draft);
        if (!store.update(id, draft, clock.now())) {
            throw new CouponRejection(404, List.of(CheckoutProblem.of("", "not-found")));
        }
    }

    @Override
    @Transactional
    public void deactivate(long id) {
        if (!store.deactivate(id, clock.now())) {
            throw new CouponRejection(404, List.of(CheckoutProblem.of("", "not-found")));
        }
    }

    @Override
    public long issueTo(long couponId, long memberId, String staff) {
        return issuing.issue(couponId, memberId, "staff " + staff, clock.now());
    }

    private static void check(CouponDraft draft) {
        List<CheckoutProblem> problems = CouponDraftCheck.problems(draft);
        if (!problems.isEmpty()) {
            throw new CouponRejection(422, problems);
        }
    }
}
