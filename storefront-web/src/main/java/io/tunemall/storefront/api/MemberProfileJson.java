package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.member.api.AccountOverview;
import io.tunemall.member.api.GradeBenefits;
import io.tunemall.member.api.PointBalance;
import java.time.Instant;

/**
 * The signed-in member as their account shows them.
 *
 * @param phone the mobile number, formatted 010-1234-5678
 * @param emailVerified whether the member has proven they receive mail at the login email
 * @param points points (적립금) the member can spend now, in won
 */
@Schema(name = "MemberProfile")
record MemberProfileJson(long memberId, String name, String email, String phone, boolean emailVerified,
        Instant joinedAt, GradeJson grade, long points) {

    /**
     * @param code the grade's stable code, such as {@code VIP}
     * @param name the grade's name as the shop wrote it, such as 골드
     * @param discountBps the grade's discount in basis points (100 = 1 %)
     * @param pointRateBps points earned on the paid amount in basis points
     */
    @Schema(name = "MemberGrade")
    record GradeJson(String code, String name, int discountBps, int pointRateBps, boolean freeShipping) {
    }

    /** What a member may change of their profile; a field left out (or null) stays as it is. */
    @Schema(name = "MemberProfileChanges")
    record Changes(@Schema(types = {"string", "null"}) String name,
            @Schema(types = {"string", "null"}, description = "a mobile number, with or without hyphens") String phone) {
    }

    static MemberProfileJson of(AccountOverview account, GradeBenefits grade, PointBalance points) {
        return new MemberProfileJson(account.memberId(), account.name(), account.email(), account.phone(),
                account.emailVerified(), account.joinedAt(), new GradeJson(grade.gradeCode(), grade.gradeName(),
                        grade.discountBps(), grade.pointRateBps(), grade.freeShipping()),
                points.available().won());
    }
}
