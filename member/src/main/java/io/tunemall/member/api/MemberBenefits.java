package io.tunemall.member.api;

/**
 * What a member's grade (회원등급) gives them, for checkout and shipping to apply. Members are identified by their
 * member id.
 */
public interface MemberBenefits {

    /**
     * The benefits of the member's current grade. A member the re-grading has never moved (a new member) has the
     * grade that 0 won of purchases earns, which is the default grade unless the owner configured otherwise.
     */
    GradeBenefits of(long memberId);
}
