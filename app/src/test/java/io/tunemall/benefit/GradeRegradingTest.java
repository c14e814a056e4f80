package io.tunemall.benefit;

import static io.tunemall.benefit.BenefitFixtures.newMember;
import static io.tunemall.benefit.BenefitFixtures.newOrder;
import static io.tunemall.sdk.Money.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GradeAdministration;
import io.tunemall.member.api.GradeBenefits;
import io.tunemall.member.api.GradeChange;
import io.tunemall.member.api.GradeDraft;
import io.tunemall.member.api.GradeTier;
import io.tunemall.member.api.MemberBenefits;
import io.tunemall.member.api.PurchaseLedger;
import io.tunemall.member.api.RegradeRun;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The owner sets grades and sees members re-graded by what they paid over the last 12 months. Other tests' grades may
 * exist in the shared database, so every test adds its own grades above all others.
 */
@IntegrationTest
class GradeRegradingTest {

    @Autowired
    GradeAdministration grades;
    @Autowired
    MemberBenefits benefits;
    @Autowired
    PurchaseLedger purchases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopClock clock;

    GradeTier silver;
    GradeTier gold;
    Instant now;

    @BeforeEach
    void twoGradesOnTop() {
        int top = grades.tiers().stream().mapToInt(GradeTier::level).max().orElse(0);
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36).toUpperCase();
        grades.createTier(new GradeDraft("S" + suffix, "실버 " + suffix, top + 1, 100, 200, false,
                won(300_000), false), "owner");
        grades.createTier(new GradeDraft("G" + suffix, "골드 " + suffix, top + 2, 300, 500, true,
                won(1_000_000), false), "owner");
        silver = tier("S" + suffix);
        gold = tier("G" + suffix);
        now = clock.now();
    }

    @Test
    void members_are_regraded_by_what_they_paid_less_refunds_over_the_trailing_twelve_months() {
        long steady = newMember(jdbc);
        long refunded = newMember(jdbc);
        long lapsed = newMember(jdbc);
        long big = newMember(jdbc);
        purchases.recordPaid(steady, newOrder(), won(200_000), now.minus(300, ChronoUnit.DAYS));
        purchases.recordPaid(steady, newOrder(), won(150_000), now.minus(1, ChronoUnit.DAYS));
        String refundedOrder = newOrder();
        purchases.recordPaid(refunded, refundedOrder, won(1_200_000), now.minus(10, ChronoUnit.DAYS));
        purchases.recordRefund(refundedOrder, won(300_000));
        purchases.recordPaid(lapsed, newOrder(), won(2_000_000), now.minus(400, ChronoUnit.DAYS));
        String bigOrder = newOrder();
        purchases.recordPaid(big, bigOrder, won(1_500_000), now.minus(2, ChronoUnit.HOURS));

        RegradeRun run = grades.regradeNow("owner");

        assertThat(run.ran()).isTrue();
        assertThat(run.changed()).isGreaterThanOrEqualTo(3);
        assertThat(benefits.of(steady).gradeCode()).isEqualTo(silver.code());
        assertThat(benefits.of(refunded).gradeCode()).isEqualTo(silver.code());
        assertThat(benefits.of(lapsed).gradeCode()).isEqualTo("BASIC");
        assertThat(benefits.of(big)).isEqualTo(new GradeBenefits(gold.code(), gold.name(), 300, 500, true));
        assertThat(grades.gradeOf(refunded).trailingPaid()).isEqualTo(won(900_000));
        assertThat(grades.history(steady)).singleElement().satisfies(change -> {
            assertThat(change.fromCode()).isEqualTo("BASIC");
            assertThat(change.toCode()).isEqualTo(silver.code());
            assertThat(change.reason()).isEqualTo("AUTO");
            assertThat(change.trailingPaid()).isEqualTo(won(350_000));
        });
        assertThat(grades.history(lapsed)).isEmpty();

        purchases.recordRefund(bigOrder, won(1_000_000));
        grades.regradeNow("owner");

        assertThat(benefits.of(big).gradeCode()).isEqualTo(silver.code());
        assertThat(grades.history(big)).extracting(GradeChange::toCode).containsExactly(silver.code(), gold.code());
        assertThat(grades.tiers()).filteredOn(tier -> tier.id() == silver.id()).singleElement()
                .satisfies(tier -> assertThat(tier.members()).isGreaterThanOrEqualTo(3));
    }

    @Test
    void a_grade_set_by_hand_sticks_through_regrading_until_staff_clear_it() {
        long member = newMember(jdbc);
        purchases.recordPaid(member, newOrder(), won(400_000), now.minus(5, ChronoUnit.DAYS));

        grades.override(member, gold.id(), "VIP 고객 요청", "manager-park");
        grades.regradeNow("owner");

        assertThat(benefits.of(member).gradeCode()).isEqualTo(gold.code());
        assertThat(grades.gradeOf(member).manual()).isTrue();
        assertThat(grades.history(member)).singleElement().satisfies(change -> {
            assertThat(change.reason()).isEqualTo("MANUAL");
            assertThat(change.staff()).isEqualTo("manager-park");
            assertThat(change.note()).isEqualTo("VIP 고객 요청");
            assertThat(change.fromCode()).isEqualTo("BASIC");
        });

        grades.clearOverride(member, "manager-park");

        assertThat(benefits.of(member).gradeCode()).isEqualTo(silver.code());
        assertThat(grades.gradeOf(member).manual()).isFalse();
        assertThat(grades.history(member)).extracting(GradeChange::reason).containsExactly("CLEARED", "MANUAL");
        assertThatThrownBy(() -> grades.clearOverride(member, "manager-park")).isInstanceOf(BenefitRejection.class);
    }

    @Test
    void thousands_of_members_are_regraded_in_batches_without_missing_one() {
        int count = 2500;
        long first = ThreadLocalRandom.current().nextLong(100_000_000_000L, 200_000_000_000L);
        Timestamp paidAt = Timestamp.from(now.minus(3, ChronoUnit.DAYS));
        BenefitFixtures.insertMembers(jdbc, first, count);
        List<Object[]> rows = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            long paid = i % 2 == 0 ? 400_000L : 10_000L;
            rows.add(new Object[] {first + i, "BULK-" + first + "-" + i, paid, paidAt, paidAt, paidAt});
        }
        jdbc.batchUpdate("INSERT INTO member_purchase (member_id, order_number, paid_won, refunded_won, paid_at, "
                + "recorded_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?)", rows);

        RegradeRun run = grades.regradeNow("owner");

        assertThat(run.membersChecked()).isGreaterThanOrEqualTo(count);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_grade_assignment WHERE member_id BETWEEN ? AND ? "
                + "AND grade_id = ?", Long.class, first, first + count - 1, silver.id())).isEqualTo(count / 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_grade_assignment WHERE member_id BETWEEN ? AND ?",
                Long.class, first, first + count - 1)).isEqualTo(count / 2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM member_grade_history WHERE member_id BETWEEN ? AND ?",
                Long.class, first, first + count - 1)).isEqualTo(count / 2);
        assertThat(benefits.of(first + count - 2).gradeCode()).isEqualTo(silver.code());
        assertThat(benefits.of(first + count - 1).gradeCode()).isEqualTo("BASIC");
    }

    @Test
    void the_grade_list_keeps_its_rules() {
        GradeTier basic = grades.tiers().stream().filter(GradeTier::isDefault).findFirst().orElseThrow();
        long member = newMember(jdbc);
        grades.override(member, silver.id(), null, "owner");

        assertThatThrownBy(() -> grades.deleteTier(silver.id(), "owner")).isInstanceOfSatisfying(
                BenefitRejection.class, rejection -> assertThat(rejection.problems().get(0).code())
                        .isEqualTo("grade-in-use"));
        assertThatThrownBy(() -> grades.deleteTier(basic.id(), "owner")).isInstanceOf(BenefitRejection.class);
        assertThatThrownBy(() -> grades.createTier(new GradeDraft(silver.code(), "중복", gold.level() + 1, 0, 0, false,
                won(1), false), "owner")).isInstanceOfSatisfying(BenefitRejection.class, rejection ->
                        assertThat(rejection.problems()).extracting(p -> p.code()).containsExactly("grade-code-taken"));

        grades.updateTier(gold.id(), new GradeDraft("IGNORED", "골드 플러스", gold.level(), 350, 600, true,
                won(1_200_000), false), "owner");
        GradeTier renamed = tier(gold.code());
        assertThat(renamed.name()).isEqualTo("골드 플러스");
        assertThat(renamed.minimumPaid()).isEqualTo(Money.won(1_200_000));
        grades.deleteTier(gold.id(), "owner");
        assertThat(grades.tiers()).noneMatch(tier -> tier.id() == gold.id());
    }

    @Test
    void the_purchase_ledger_is_idempotent_per_order_and_refuses_what_does_not_add_up() {
        long member = newMember(jdbc);
        String order = newOrder();
        purchases.recordPaid(member, order, won(50_000), now);
        purchases.recordPaid(member, order, won(50_000), now);

        assertThatThrownBy(() -> purchases.recordPaid(member, order, won(60_000), now))
                .isInstanceOfSatisfying(ShopException.class, e -> assertThat(e.code()).isEqualTo("purchase-conflict"));
        assertThatThrownBy(() -> purchases.recordRefund(order, won(50_001)))
                .isInstanceOfSatisfying(ShopException.class, e -> assertThat(e.code()).isEqualTo("refund-exceeds-paid"));
        assertThatThrownBy(() -> purchases.recordRefund(newOrder(), won(1)))
                .isInstanceOfSatisfying(ShopException.class, e -> assertThat(e.status()).isEqualTo(404));
        purchases.recordRefund(order, won(20_000));
        purchases.recordRefund(order, won(20_000));
        assertThat(grades.gradeOf(member).trailingPaid()).isEqualTo(won(30_000));
    }

    private GradeTier tier(String code) {
        return grades.tiers().stream().filter(tier -> tier.code().equals(code)).findFirst().orElseThrow();
    }
}
