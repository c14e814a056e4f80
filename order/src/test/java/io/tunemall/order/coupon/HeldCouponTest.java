package io.tunemall.order.coupon;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.order.api.CouponDraft;
import io.tunemall.order.api.CouponIssueMethod;
import io.tunemall.order.api.CouponKind;
import io.tunemall.order.api.CouponRow;
import io.tunemall.order.api.MemberCouponView;
import io.tunemall.order.pricing.CouponTerms;
import io.tunemall.sdk.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** When an issued copy can be used, and the terms checkout's coupon rule gets from it. */
class HeldCouponTest {

    static final Instant ISSUED = Instant.parse("2026-03-01T03:00:00Z");

    static CouponDraft draft(Integer validDays, Instant from, Instant until, Integer totalLimit) {
        return new CouponDraft("봄 쿠폰", CouponKind.PERCENT, Money.ZERO, 1000, Money.won(5_000), Money.won(30_000),
                Set.of(7L), Set.of(), Set.of(3L), from, until, validDays, 1, totalLimit, CouponIssueMethod.DOWNLOAD,
                null, false);
    }

    static HeldCoupon held(CouponDraft draft, boolean active, int used, String usedBy) {
        CouponValidity validity = CouponValidity.of(draft, ISSUED);
        return new HeldCoupon(41, 5, new CouponRow(9, draft, active, 10, used), ISSUED, validity.from(),
                validity.until(), usedBy, usedBy == null ? null : ISSUED);
    }

    @Test
    void a_coupon_valid_for_n_days_runs_from_the_moment_it_was_issued() {
        HeldCoupon copy = held(draft(7, null, null, null), true, 0, null);

        assertThat(copy.usableAt(ISSUED)).isTrue();
        assertThat(copy.usableAt(ISSUED.plus(Duration.ofDays(7)).minusSeconds(1))).isTrue();
        assertThat(copy.usableAt(ISSUED.plus(Duration.ofDays(7)))).isFalse();
        assertThat(copy.status(ISSUED.plus(Duration.ofDays(8)))).isEqualTo(MemberCouponView.Status.EXPIRED);
    }

    @Test
    void a_coupon_with_a_fixed_period_is_usable_only_inside_it() {
        Instant from = Instant.parse("2026-04-01T00:00:00Z");
        Instant until = Instant.parse("2026-05-01T00:00:00Z");
        HeldCoupon copy = held(draft(null, from, until, null), true, 0, null);

        assertThat(copy.usableAt(from.minusSeconds(1))).isFalse();
        assertThat(copy.usableAt(from)).isTrue();
        assertThat(copy.usableAt(until)).isFalse();
    }

    @Test
    void a_used_a_switched_off_or_a_used_up_coupon_is_not_usable() {
        assertThat(held(draft(30, null, null, null), true, 0, "20260301-000001").status(ISSUED))
                .isEqualTo(MemberCouponView.Status.USED);
        assertThat(held(draft(30, null, null, null), false, 0, null).usableAt(ISSUED)).isFalse();
        assertThat(held(draft(30, null, null, 5), true, 5, null).usableAt(ISSUED)).isFalse();
        assertThat(held(draft(30, null, null, 5), true, 4, null).usableAt(ISSUED)).isTrue();
    }

    @Test
    void the_terms_carry_the_copy_id_scope_cap_minimum_validity_and_stacking() {
        HeldCoupon copy = held(draft(7, null, null, null), true, 0, null);

        CouponTerms terms = copy.terms();

        assertThat(terms.id()).isEqualTo("41");
        assertThat(terms.kind()).isEqualTo(CouponTerms.Kind.PERCENT);
        assertThat(terms.basisPoints()).isEqualTo(1000);
        assertThat(terms.cap()).isEqualTo(Money.won(5_000));
        assertThat(terms.minimumAmount()).isEqualTo(Money.won(30_000));
        assertThat(terms.covers(7, 1, null)).isTrue();
        assertThat(terms.covers(8, 1, 3L)).isTrue();
        assertThat(terms.covers(8, 1, 4L)).isFalse();
        assertThat(terms.validUntil()).isEqualTo(ISSUED.plus(Duration.ofDays(7)));
        assertThat(terms.combinesWithGrade()).isFalse();
    }

    @Test
    void a_fixed_period_that_is_over_issues_nothing() {
        CouponDraft over = draft(null, null, ISSUED.minusSeconds(1), null);

        assertThat(CouponValidity.of(over, ISSUED).over(ISSUED)).isTrue();
        assertThat(CouponValidity.of(draft(1, null, null, null), ISSUED).over(ISSUED)).isFalse();
    }
}
