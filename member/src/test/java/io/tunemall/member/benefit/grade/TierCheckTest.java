package io.tunemall.member.benefit.grade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.tunemall.member.api.BenefitProblem;
import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GradeDraft;
import io.tunemall.sdk.Money;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TierCheckTest {

    final Tiers tiers = new Tiers(List.of(TiersTest.BASIC, TiersTest.SILVER));

    @Test
    void a_new_grade_needs_a_fresh_code_and_level_above_the_default() {
        GradeDraft draft = new GradeDraft("silver", " ", 0, 20_000, -1, false, Money.won(1), false);

        assertThatThrownBy(() -> TierCheck.check(draft, Optional.empty(), tiers))
                .isInstanceOfSatisfying(BenefitRejection.class, rejection -> assertThat(rejection.problems())
                        .extracting(BenefitProblem::field, BenefitProblem::code)
                        .containsExactlyInAnyOrder(
                                tuple("code", "grade-code-taken"),
                                tuple("name", "required"),
                                tuple("discountBps", "rate-range"),
                                tuple("pointRateBps", "rate-range"),
                                tuple("level", "grade-level-taken"),
                                tuple("level", "above-default-grade")));
    }

    @Test
    void the_default_grade_must_stay_lowest_and_its_entry_amount_is_zero() {
        GradeDraft raised = new GradeDraft(null, "일반", 15, 0, 100, false, Money.ZERO, false);
        assertThatThrownBy(() -> TierCheck.check(raised, Optional.of(TiersTest.BASIC), tiers))
                .isInstanceOfSatisfying(BenefitRejection.class, rejection -> assertThat(rejection.problems())
                        .extracting(BenefitProblem::code).containsExactly("default-grade-lowest"));

        GradeDraft free = new GradeDraft(null, "일반", 0, 0, 100, false, null, false);
        GradeDraft saved = TierCheck.check(free, Optional.of(TiersTest.BASIC), tiers);
        assertThat(saved.minimumPaid()).isEqualTo(Money.ZERO);
        assertThat(saved.makeDefault()).isTrue();
    }

    @Test
    void codes_are_kept_in_upper_case() {
        GradeDraft vip = new GradeDraft(" vip_1 ", " VIP ", 30, 500, 500, true, Money.won(2_000_000), false);

        GradeDraft saved = TierCheck.check(vip, Optional.empty(), tiers);

        assertThat(saved.code()).isEqualTo("VIP_1");
        assertThat(saved.name()).isEqualTo("VIP");
    }
}
