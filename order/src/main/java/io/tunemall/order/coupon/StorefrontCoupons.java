package io.tunemall.order.coupon;

import io.tunemall.order.api.CartOwner;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.CouponChoice;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponOffer;
import io.tunemall.order.api.CouponRejection;
import io.tunemall.order.api.CouponRow;
import io.tunemall.order.api.Coupons;
import io.tunemall.order.api.MemberCouponView;
import io.tunemall.order.cart.CartContents;
import io.tunemall.order.cart.ReviewedLine;
import io.tunemall.order.pricing.PricePipeline;
import io.tunemall.order.pricing.PriceSheet;
import io.tunemall.order.pricing.PricingItem;
import io.tunemall.order.pricing.PricingRequest;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shopper's side of coupons: the download page, the my-page list, and the coupons checkout offers. */
@Service
class StorefrontCoupons implements Coupons {

    private final CouponStore store;
    private final CouponIssuing issuing;
    private final CartContents carts;
    private final PricePipeline pipeline;
    private final ShopClock clock;

    StorefrontCoupons(CouponStore store, CouponIssuing issuing, CartContents carts, PricePipeline pipeline,
            ShopClock clock) {
        this.store = store;
        this.issuing = issuing;
        this.carts = carts;
        this.pipeline = pipeline;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<CouponOffer> downloadable(Long memberId) {
        Instant now = clock.now();
        return store.active(CouponIssueMethod.DOWNLOAD).stream()
                .filter(coupon -> !CouponValidity.of(coupon.draft(), now).over(now))
                .map(coupon -> new CouponOffer(coupon.id(), coupon.draft(), memberId == null || mayDownload(coupon, memberId)))
                .toList();
    }

    @Override
    public long download(long memberId, long couponId) {
        CouponRow coupon = store.find(couponId).filter(found -> found.draft().issueMethod() == CouponIssueMethod.DOWNLOAD)
                .orElseThrow(() -> CouponRejection.of("", "not-downloadable"));
        return issuing.issue(coupon.id(), memberId, "download", clock.now());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MemberCouponView> mine(long memberId) {
        Instant now = clock.now();
        return store.copies(memberId).stream().map(copy -> copy.view(now))
                .sorted(Comparator.comparing(MemberCouponView::status)).toList();
    }

    @Override
    public List<CouponChoice> choices(CartOwner owner, CheckoutRequest request) {
        if (owner.memberId() == null) {
            return List.of();
        }
        Instant now = clock.now();
        List<PricingItem> items = carts.review(owner, now).stream().filter(ReviewedLine::buyable)
                .map(line -> new PricingItem(line.variant(), line.orderableQuantity())).toList();
        if (items.isEmpty()) {
            return List.of();
        }
        List<CouponChoice> choices = new ArrayList<>();
        for (HeldCoupon copy : store.copies(owner.memberId())) {
            if (!copy.usableAt(now)) {
                continue;
            }
            Money discount = discount(owner.memberId(), request, items, String.valueOf(copy.id()), now);
            if (!discount.isZero()) {
                choices.add(new CouponChoice(String.valueOf(copy.id()), copy.coupon().draft().name(), discount));
            }
        }
        choices.sort(Comparator.comparing(CouponChoice::discount).reversed());
        return choices;
    }

    /** What the coupon takes off this cart, priced by the same pipeline as the order (stacking included). */
    private Money discount(long memberId, CheckoutRequest request, List<PricingItem> items, String couponId,
            Instant now) {
        String postalCode = request.postalCode() == null || !request.postalCode().strip().matches("\\d{5}") ? null
                : request.postalCode().strip();
        try {
            PriceSheet sheet = pipeline.price(new PricingRequest(items, memberId, postalCode, couponId, Money.ZERO, now,
                    request.locale()));
            return sheet.couponDiscountAmount();
        } catch (ShopException pricingFailed) {
            return Money.ZERO;
        }
    }

    private boolean mayDownload(CouponRow coupon, long memberId) {
        return store.copiesHeld(coupon.id(), memberId) < coupon.draft().perMemberLimit();
    }
}
