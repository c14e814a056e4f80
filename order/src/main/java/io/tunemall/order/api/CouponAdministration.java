package io.tunemall.order.api;

import java.util.List;
import java.util.Optional;

/** The owner's coupons: define, change, switch off, and issue one to a member by hand. */
public interface CouponAdministration {

    /** Every coupon, newest first, with issued and used counts. */
    List<CouponRow> coupons();

    Optional<CouponRow> coupon(long id);

    /** @throws CouponRejection (422) with every field problem; nothing saved */
    long create(CouponDraft draft);

    /** Changes the terms; copies already issued keep their validity dates. @throws CouponRejection */
    void update(long id, CouponDraft draft);

    /** Stops issuing and using it; copies not used yet can no longer be used. */
    void deactivate(long id);

    /** Issues a copy to a member. @throws CouponRejection when inactive or the member holds the limit already */
    long issueTo(long couponId, long memberId, String staff);
}
