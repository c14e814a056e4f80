package io.tunemall.order.benefit;

import io.tunemall.member.api.GradeBenefits;
import io.tunemall.member.api.MemberBenefits;
import io.tunemall.order.pricing.GradeBenefit;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The grade discount and grade free shipping of checkout, as the member module's grades give them. */
@Component
class MemberGradeBenefits implements io.tunemall.order.pricing.GradeBenefits {

    private final MemberBenefits members;

    MemberGradeBenefits(MemberBenefits members) {
        this.members = members;
    }

    @Override
    public Optional<GradeBenefit> of(long memberId) {
        GradeBenefits grade = members.of(memberId);
        if (grade == null || (grade.discountBps() == 0 && !grade.freeShipping())) {
            // A grade that gives nothing would only add an empty "등급 할인 0원" row to the breakdown.
            return Optional.empty();
        }
        return Optional.of(new GradeBenefit(grade.gradeName(), grade.discountBps(), grade.freeShipping()));
    }
}
