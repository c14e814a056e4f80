package io.tunemall.order.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CouponDraftCheckTest {

    @Test
    void a_complete_fixed_coupon_has_no_problems() {
        CouponDraft draft = new CouponDraft("3천원", CouponKind.FIXED, Money.won(3_000), 0, null, null, Set.of(),
                Set.of(), Set.of(), null, null, 30, 1, null, CouponIssueMethod.SIGN_UP, null, true);

        assertThat(CouponDraftCheck.problems(draft)).isEmpty();
    }

    @Test
    void every_wrong_field_is_named() {
        Instant day = Instant.parse("2026-05-01T00:00:00Z");
        CouponDraft draft = new CouponDraft(" ", CouponKind.PERCENT, Money.ZERO, 0, null, null, Set.of(), Set.of(),
                Set.of(), day, day, null, 0, 0, CouponIssueMethod.GRADE, "", true);

        assertThat(CouponDraftCheck.problems(draft)).extracting(CheckoutProblem::field).containsExactly("name",
                "percent", "validUntil", "perMemberLimit", "totalLimit", "gradeCode");
    }
}
