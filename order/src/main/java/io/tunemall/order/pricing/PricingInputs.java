package io.tunemall.order.pricing;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The benefit inputs of the pricing rules: the beans the shop has, or none. A shop without a grade, coupon or points
 * module prices every order without them, which is what a guest always gets.
 */
@Component
public class PricingInputs {

    private final GradeBenefits grades;
    private final CouponBook coupons;
    private final PointsWallet points;

    @Autowired
    PricingInputs(ObjectProvider<GradeBenefits> grades, ObjectProvider<CouponBook> coupons,
            ObjectProvider<PointsWallet> points) {
        this(grades.getIfAvailable(() -> GradeBenefits.NONE), coupons.getIfAvailable(() -> CouponBook.NONE),
                points.getIfAvailable(() -> PointsWallet.NONE));
    }

    public PricingInputs(GradeBenefits grades, CouponBook coupons, PointsWallet points) {
        this.grades = grades;
        this.coupons = coupons;
        this.points = points;
    }

    public GradeBenefits grades() {
        return grades;
    }

    public CouponBook coupons() {
        return coupons;
    }

    public PointsWallet points() {
        return points;
    }
}
