package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponRow;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;

/**
 * A coupon as the admin API shows it: its terms, whether it is active, and how many copies were issued and used.
 * Amounts in won; {@code basisPoints} 1000 = 10 %.
 */
@Schema(name = "AdminCoupon")
record CouponResource(long id, String name, String kind, @Schema(types = {"integer", "null"}) Long amount,
        int basisPoints, @Schema(types = {"integer", "null"}) Long cap, long minimumAmount, List<Long> productIds,
        List<Long> categoryIds, List<Long> brandIds, @Schema(types = {"string", "null"}) Instant validFrom,
        @Schema(types = {"string", "null"}) Instant validUntil, @Schema(types = {"integer", "null"}) Integer validDays,
        int perMemberLimit, @Schema(types = {"integer", "null"}) Integer totalLimit, String issueMethod,
        @Schema(types = {"string", "null"}) String gradeCode, boolean combinesWithGrade, boolean active,
        int issuedCount, int usedCount) {

    static CouponResource of(CouponRow row) {
        CouponDraft terms = row.draft();
        return new CouponResource(row.id(), terms.name(), terms.kind().name(), won(terms.amount()),
                terms.basisPoints(), won(terms.cap()), terms.minimumAmount().won(), sorted(terms.productIds()),
                sorted(terms.categoryIds()), sorted(terms.brandIds()), terms.validFrom(), terms.validUntil(),
                terms.validDays(), terms.perMemberLimit(), terms.totalLimit(), terms.issueMethod().name(),
                terms.gradeCode(), terms.combinesWithGrade(), row.active(), row.issuedCount(), row.usedCount());
    }

    private static Long won(Money amount) {
        return amount == null ? null : amount.won();
    }

    private static List<Long> sorted(java.util.Set<Long> ids) {
        return ids.stream().sorted().toList();
    }
}
