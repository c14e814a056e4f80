package io.tunemall.order.coupon;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRejected;
import io.tunemall.order.pricing.CouponBook;
import io.tunemall.order.pricing.CouponTerms;
import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coupons members hold, as checkout's coupon step sees them. The coupon id a shopper chooses is the id of their
 * copy. Redeeming runs in the order's transaction and takes two conditional UPDATEs: the copy from unused to used by
 * this order (one order per copy, so one member never uses it more often than the copies they were issued), and the
 * coupon's use count while it is below the total limit. The row locks make concurrent checkouts queue on the coupon
 * row, and a checkout that finds the limit reached refuses its order, rolling back everything else it took.
 */
@Component
class MemberCouponBook implements CouponBook {

    private final CouponStore store;
    private final ShopClock clock;

    MemberCouponBook(CouponStore store, ShopClock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Override
    public Optional<CouponTerms> usable(long memberId, String couponId, Instant at) {
        return copyId(couponId).flatMap(id -> store.copy(memberId, id)).filter(copy -> copy.usableAt(at))
                .map(HeldCoupon::terms);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(long memberId, String couponId, String orderNumber) {
        HeldCoupon copy = copyId(couponId).flatMap(id -> store.copy(memberId, id))
                .orElseThrow(() -> refused("coupon-unavailable"));
        if (!store.markUsed(copy.id(), memberId, orderNumber, clock.now())) {
            throw refused("coupon-unavailable");
        }
        if (!store.takeUse(copy.coupon().id())) {
            throw refused("coupon-used-up");
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(long memberId, String couponId, String orderNumber) {
        copyId(couponId).filter(id -> store.markUnused(id, memberId, orderNumber))
                .flatMap(id -> store.copy(memberId, id))
                .ifPresent(copy -> store.giveUseBack(copy.coupon().id()));
    }

    private static CheckoutRejected refused(String code) {
        return new CheckoutRejected(List.of(CheckoutProblem.of("couponId", code)), List.of());
    }

    private static Optional<Long> copyId(String couponId) {
        if (couponId == null || !couponId.strip().matches("\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(couponId.strip()));
    }
}
