package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;

/**
 * A member's grade takes its rate off the items, rounded down to 10 won (원 단위 절사), and may ship free.
 * Guests have no grade.
 */
final class GradeDiscountRule implements PricingRule {

    private final GradeBenefits grades;

    GradeDiscountRule(GradeBenefits grades) {
        this.grades = grades;
    }

    @Override
    public void apply(PriceSheet sheet) {
        sheet.memberId().flatMap(grades::of).ifPresent(grade -> {
            Money discount = sheet.itemsAmount().percent(grade.discountBasisPoints()).roundedDownTo(10);
            sheet.gradeDiscount(discount, grade.gradeName(), grade.freeShipping());
        });
    }
}
