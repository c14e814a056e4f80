package io.tunemall.benefit;

import static io.tunemall.benefit.BenefitFixtures.assertLedgerAddsUp;
import static io.tunemall.benefit.BenefitFixtures.expiry;
import static io.tunemall.benefit.BenefitFixtures.moveExpiry;
import static io.tunemall.benefit.BenefitFixtures.newMember;
import static io.tunemall.benefit.BenefitFixtures.newOrder;
import static io.tunemall.sdk.Money.won;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.EarnCancellation;
import io.tunemall.member.api.InsufficientPoints;
import io.tunemall.member.api.PointAdjustment;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.PointBalance;
import io.tunemall.member.api.PointEarning;
import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PointOrderConflict;
import io.tunemall.member.api.PointSpend;
import io.tunemall.member.api.SpendRestoration;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Earning, spending, giving back, expiring and cancelling points, against MariaDB. */
@IntegrationTest
class PointLedgerTest {

    @Autowired
    PointLedger points;
    @Autowired
    PointAdministration admin;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopClock clock;
    @Autowired
    MockMvc mvc;

    long member;
    LocalDate today;

    @BeforeEach
    void newMemberToday() {
        member = newMember(jdbc);
        today = clock.today();
    }

    @Test
    void a_spend_uses_the_points_that_expire_first_and_records_which_entries_it_consumed() {
        PointEarning late = points.earn(member, newOrder(), won(1000), today.plusDays(300));
        PointEarning soon = points.earn(member, newOrder(), won(500), today.plusDays(10));
        PointEarning middle = points.earn(member, newOrder(), won(700), today.plusDays(100));

        PointSpend spend = points.spend(member, newOrder(), won(1000));

        assertThat(allocations(spend.entryId())).containsExactly(
                Map.entry(soon.entryId(), 500L), Map.entry(middle.entryId(), 500L));
        assertThat(remaining(soon.entryId())).isZero();
        assertThat(remaining(middle.entryId())).isEqualTo(200);
        assertThat(remaining(late.entryId())).isEqualTo(1000);
        PointBalance balance = points.balance(member);
        assertThat(balance.available()).isEqualTo(won(1200));
        assertThat(balance.expiringSoon()).isEqualTo(Money.ZERO);
        assertThat(balance.expiringBy()).isEqualTo(today.plusDays(30));
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(1200);
    }

    @Test
    void points_valid_through_a_day_expire_at_midnight_in_seoul_and_show_as_expiring_soon() {
        PointEarning earn = points.earn(member, newOrder(), won(400), today.plusDays(5));

        assertThat(expiry(jdbc, earn.entryId()))
                .isEqualTo(today.plusDays(6).atStartOfDay(ZoneId.of("Asia/Seoul")).toInstant());
        assertThat(earn.validThrough()).isEqualTo(today.plusDays(5));
        assertThat(points.balance(member).expiringSoon()).isEqualTo(won(400));
    }

    @Test
    void spending_is_idempotent_per_order_and_never_beyond_the_balance() {
        String earnOrder = newOrder();
        PointEarning earned = points.earn(member, earnOrder, won(3000), today.plusDays(30));
        assertThat(points.earn(member, earnOrder, won(3000), today.plusDays(30))).isEqualTo(earned);
        assertThatThrownBy(() -> points.earn(member, earnOrder, won(2999), today.plusDays(30)))
                .isInstanceOf(PointOrderConflict.class);
        String order = newOrder();

        PointSpend first = points.spend(member, order, won(2000));

        assertThat(points.spend(member, order, won(2000))).isEqualTo(first);
        assertThatThrownBy(() -> points.spend(member, order, won(1500)))
                .isInstanceOf(PointOrderConflict.class).hasMessageContaining("already spent 2000 points");
        assertThatThrownBy(() -> points.spend(member, newOrder(), won(1001)))
                .isInstanceOfSatisfying(InsufficientPoints.class, refused -> {
                    assertThat(refused.available()).isEqualTo(won(1000));
                    assertThat(refused.requested()).isEqualTo(won(1001));
                    assertThat(refused.status()).isEqualTo(409);
                });
        assertThatThrownBy(() -> points.spend(newMember(jdbc), newOrder(), won(1))).isInstanceOf(InsufficientPoints.class);
        assertThat(points.balance(member).available()).isEqualTo(won(1000));
        assertLedgerAddsUp(jdbc, member);
    }

    @Test
    void a_spend_goes_back_to_the_entries_it_came_from_keeping_their_expiry_latest_first() {
        PointEarning soon = points.earn(member, newOrder(), won(500), today.plusDays(20));
        PointEarning later = points.earn(member, newOrder(), won(500), today.plusDays(200));
        Instant soonExpiry = expiry(jdbc, soon.entryId());
        String order = newOrder();
        points.spend(member, order, won(800));

        SpendRestoration part = points.restoreSpend(order, "claim-1", won(300));

        assertThat(part.restored()).isEqualTo(won(300));
        assertThat(part.reissued()).isEqualTo(Money.ZERO);
        assertThat(remaining(later.entryId())).isEqualTo(500);
        assertThat(remaining(soon.entryId())).isZero();
        assertThat(points.restoreSpend(order, "claim-1", won(300))).isEqualTo(part);
        assertThat(points.balance(member).available()).isEqualTo(won(500));

        SpendRestoration rest = points.restoreSpend(order);

        assertThat(rest.restored()).isEqualTo(won(500));
        assertThat(remaining(soon.entryId())).isEqualTo(500);
        assertThat(expiry(jdbc, soon.entryId())).isEqualTo(soonExpiry);
        assertThat(points.restoreSpend(order).restored()).isEqualTo(Money.ZERO);
        assertThatThrownBy(() -> points.restoreSpend(order, "claim-2", won(1))).isInstanceOf(PointOrderConflict.class);
        assertThatThrownBy(() -> points.spend(member, order, won(800)))
                .isInstanceOf(PointOrderConflict.class).hasMessageContaining("given back");
        assertThatThrownBy(() -> points.restoreSpend(newOrder())).isInstanceOfSatisfying(PointOrderConflict.class,
                unknown -> assertThat(unknown.status()).isEqualTo(404));
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(1000);
    }

    @Test
    void points_given_back_after_their_entry_expired_are_reissued_for_thirty_days() {
        PointEarning earn = points.earn(member, newOrder(), won(1000), today.plusDays(5));
        String order = newOrder();
        points.spend(member, order, won(600));
        moveExpiry(jdbc, earn.entryId(), clock.now().minusSeconds(60));

        assertThat(admin.expireDueNow().ran()).isTrue();
        assertThat(points.balance(member).available()).isEqualTo(Money.ZERO);
        assertThat(assertLedgerAddsUp(jdbc, member)).isZero();

        SpendRestoration back = points.restoreSpend(order);

        assertThat(back.restored()).isEqualTo(won(600));
        assertThat(back.reissued()).isEqualTo(won(600));
        assertThat(back.reissuedValidThrough()).isEqualTo(today.plusDays(30));
        assertThat(remaining(earn.entryId())).isZero();
        assertThat(points.balance(member).available()).isEqualTo(won(600));
        assertThat(points.balance(member).expiringSoon()).isEqualTo(won(600));
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(600);
    }

    @Test
    void a_spend_never_uses_points_past_their_date_even_before_the_nightly_expiry_ran() {
        PointEarning old = points.earn(member, newOrder(), won(1000), today.plusDays(1));
        points.earn(member, newOrder(), won(200), today.plusDays(100));
        moveExpiry(jdbc, old.entryId(), clock.now().minusSeconds(60));

        assertThat(points.balance(member).available()).isEqualTo(won(200));
        assertThatThrownBy(() -> points.spend(member, newOrder(), won(500)))
                .isInstanceOfSatisfying(InsufficientPoints.class,
                        refused -> assertThat(refused.available()).isEqualTo(won(200)));

        points.spend(member, newOrder(), won(150));

        assertThat(remaining(old.entryId())).isZero();
        assertThat(jdbc.queryForObject("SELECT amount FROM point_entry WHERE member_id = ? AND kind = 'EXPIRE'",
                Long.class, member)).isEqualTo(-1000);
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(50);
    }

    @Test
    void the_expiry_job_expires_the_unspent_rest_of_entries_past_their_date() {
        PointEarning earn = points.earn(member, newOrder(), won(1000), today.plusDays(10));
        points.spend(member, newOrder(), won(300));
        moveExpiry(jdbc, earn.entryId(), clock.now().minusSeconds(1));

        assertThat(admin.expireDueNow().expired().won()).isGreaterThanOrEqualTo(700);

        long expireId = jdbc.queryForObject("SELECT id FROM point_entry WHERE member_id = ? AND kind = 'EXPIRE'",
                Long.class, member);
        assertThat(allocations(expireId)).containsExactly(Map.entry(earn.entryId(), 700L));
        assertThat(assertLedgerAddsUp(jdbc, member)).isZero();
        admin.expireDueNow();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_entry WHERE member_id = ? AND kind = 'EXPIRE'",
                Long.class, member)).isEqualTo(1);
    }

    @Test
    void cancelling_an_earn_takes_back_its_rest_then_other_points_and_reports_what_was_spent_beyond() {
        String earnOrder = newOrder();
        points.earn(member, earnOrder, won(1000), today.plusDays(200));
        admin.adjust(new PointAdjustment(member, false, won(300), today.plusDays(100), "배송 지연 보상", "cs-kim"));
        points.spend(member, newOrder(), won(1100));

        EarnCancellation cancel = points.cancelEarn(earnOrder);

        assertThat(cancel.takenBack()).isEqualTo(won(200));
        assertThat(cancel.alreadyExpired()).isEqualTo(Money.ZERO);
        assertThat(cancel.shortfall()).isEqualTo(won(800));
        assertThat(points.cancelEarn(earnOrder).takenBack()).isEqualTo(Money.ZERO);
        assertThat(assertLedgerAddsUp(jdbc, member)).isZero();
    }

    @Test
    void partial_cancellations_count_expired_points_first_and_repeat_safely_by_claim_reference() {
        String earnOrder = newOrder();
        PointEarning earn = points.earn(member, earnOrder, won(1000), today.plusDays(3));
        points.earn(member, newOrder(), won(2000), today.plusDays(300));
        points.spend(member, newOrder(), won(400));
        moveExpiry(jdbc, earn.entryId(), clock.now().minusSeconds(1));

        EarnCancellation first = points.cancelEarn(earnOrder, "r1", won(500));
        EarnCancellation second = points.cancelEarn(earnOrder, "r2", won(500));

        assertThat(first).isEqualTo(new EarnCancellation(member, earnOrder, Money.ZERO, won(500), Money.ZERO));
        assertThat(second).isEqualTo(new EarnCancellation(member, earnOrder, won(400), won(100), Money.ZERO));
        assertThat(points.cancelEarn(earnOrder, "r2", won(500))).isEqualTo(second);
        assertThatThrownBy(() -> points.cancelEarn(earnOrder, "r3", won(1))).isInstanceOf(PointOrderConflict.class);
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(1600);
    }

    @Test
    void staff_adjust_points_only_with_a_reason_and_never_below_zero() {
        assertThatThrownBy(() -> admin.adjust(new PointAdjustment(member, false, Money.ZERO, null, " ", "cs-kim")))
                .isInstanceOfSatisfying(BenefitRejection.class, rejection ->
                        assertThat(rejection.problems()).extracting(p -> p.field())
                                .containsExactlyInAnyOrder("amount", "reason"));

        var added = admin.adjust(new PointAdjustment(member, false, won(500), null, "이벤트 당첨", "cs-kim"));
        assertThatThrownBy(() -> admin.adjust(new PointAdjustment(member, true, won(600), null, "회수", "cs-kim")))
                .isInstanceOf(InsufficientPoints.class);
        var deducted = admin.adjust(new PointAdjustment(member, true, won(200), null, "중복 지급 회수", "cs-lee"));

        assertThat(added.credit()).isTrue();
        assertThat(added.validThrough()).isEqualTo(today.plusYears(1));
        assertThat(deducted.credit()).isFalse();
        assertThat(deducted.staff()).isEqualTo("cs-lee");
        assertThat(admin.statement(member, 0, 10).entries()).extracting(e -> e.reason())
                .containsExactly("중복 지급 회수", "이벤트 당첨");
        assertThat(admin.recentAdjustments(50)).extracting(e -> e.id()).contains(added.id(), deducted.id());
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(300);
    }

    @Test
    void an_api_client_gets_a_problem_saying_how_many_points_there_are() throws Exception {
        points.earn(member, newOrder(), won(1200), today.plusDays(30));

        mvc.perform(post("/api/v1/storefront/test-probe/points/" + member + "/spend")
                        .param("order", newOrder()).param("amount", "5000"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://tunemall.io/problems/insufficient-points"))
                .andExpect(jsonPath("$.detail").value("Member " + member + " has 1200 points; 5000 were requested"));
    }

    private long remaining(long entryId) {
        return jdbc.queryForObject("SELECT remaining FROM point_entry WHERE id = ?", Long.class, entryId);
    }

    private List<Map.Entry<Long, Long>> allocations(long debitId) {
        return jdbc.query("SELECT credit_id, amount FROM point_allocation WHERE debit_id = ? ORDER BY id",
                (rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2)), debitId);
    }
}
