package io.tunemall.order.pricing;

import java.util.Optional;

/**
 * Input of the grade discount rule: the benefit of a member's grade. Implemented by the glue to the member module
 * (member.api MemberBenefits); a shop without grades has no bean, and no member gets a grade discount.
 */
public interface GradeBenefits {

    /** Members without a grade, or whose grade gives nothing. */
    GradeBenefits NONE = memberId -> Optional.empty();

    Optional<GradeBenefit> of(long memberId);
}
