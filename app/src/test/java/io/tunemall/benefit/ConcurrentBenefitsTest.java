package io.tunemall.benefit;

import static io.tunemall.benefit.BenefitFixtures.assertLedgerAddsUp;
import static io.tunemall.benefit.BenefitFixtures.newMember;
import static io.tunemall.benefit.BenefitFixtures.newOrder;
import static io.tunemall.sdk.Money.won;
import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.member.api.GiftCardAdministration;
import io.tunemall.member.api.GiftCardBatchDraft;
import io.tunemall.member.api.GiftCardRedemption;
import io.tunemall.member.api.GiftCardRefused;
import io.tunemall.member.api.GiftCards;
import io.tunemall.member.api.InsufficientPoints;
import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PointSpend;
import io.tunemall.platform.time.ShopClock;
import io.tunemall.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Simultaneous requests on real threads against MariaDB: the balance never goes below zero, and a gift card is
 * redeemed exactly once however many try at the same moment.
 */
@IntegrationTest
class ConcurrentBenefitsTest {

    static final int THREADS = 20;

    @Autowired
    PointLedger points;
    @Autowired
    GiftCards giftCards;
    @Autowired
    GiftCardAdministration giftCardAdmin;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ShopClock clock;

    @Test
    void of_twenty_simultaneous_spends_exactly_the_affordable_ten_succeed() throws Exception {
        long member = newMember(jdbc);
        points.earn(member, newOrder(), won(4000), clock.today().plusDays(10));
        points.earn(member, newOrder(), won(6000), clock.today().plusDays(200));

        List<Outcome<PointSpend>> outcomes = race(i -> () -> points.spend(member, newOrder(), won(1000)));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(10);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded())
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOf(InsufficientPoints.class));
        assertThat(assertLedgerAddsUp(jdbc, member)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM point_entry WHERE member_id = ? AND kind = 'SPEND'",
                Long.class, member)).isEqualTo(10);
        for (Outcome<PointSpend> outcome : outcomes) {
            if (outcome.succeeded()) {
                assertThat(jdbc.queryForObject("SELECT SUM(amount) FROM point_allocation WHERE debit_id = ?",
                        Long.class, outcome.result().entryId())).isEqualTo(1000);
            }
        }
    }

    @Test
    void twenty_simultaneous_spends_for_one_order_spend_once() throws Exception {
        long member = newMember(jdbc);
        points.earn(member, newOrder(), won(5000), clock.today().plusDays(10));
        String order = newOrder();

        List<Outcome<PointSpend>> outcomes = race(i -> () -> points.spend(member, order, won(1000)));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.succeeded()).isTrue());
        assertThat(outcomes).extracting(outcome -> outcome.result().entryId()).containsOnly(
                outcomes.get(0).result().entryId());
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(4000);
    }

    @Test
    void of_twenty_members_redeeming_one_gift_card_at_once_exactly_one_gets_the_points() throws Exception {
        String code = giftCardAdmin.issue(new GiftCardBatchDraft(1, won(50_000), clock.today().plusDays(30), "race"),
                "owner").codes().get(0).code();
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            members.add(newMember(jdbc));
        }

        List<Outcome<GiftCardRedemption>> outcomes = race(i -> () -> giftCards.redeemToPoints(members.get(i), code));

        assertThat(outcomes).filteredOn(Outcome::succeeded).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.succeeded()).hasSize(THREADS - 1)
                .allSatisfy(outcome -> assertThat(outcome.failure()).isInstanceOfSatisfying(GiftCardRefused.class,
                        refused -> assertThat(refused.reason()).isEqualTo(GiftCardRefused.Reason.ALREADY_USED)));
        long winner = outcomes.stream().filter(Outcome::succeeded).findFirst().orElseThrow().result().memberId();
        long credited = 0;
        for (long member : members) {
            if (jdbc.queryForObject("SELECT COUNT(*) FROM point_balance WHERE member_id = ?", Long.class, member) > 0) {
                credited += assertLedgerAddsUp(jdbc, member);
            }
        }
        assertThat(credited).isEqualTo(50_000);
        assertThat(points.balance(winner).available()).isEqualTo(won(50_000));
    }

    @Test
    void one_member_redeeming_the_same_card_twenty_times_at_once_is_credited_once() throws Exception {
        String code = giftCardAdmin.issue(new GiftCardBatchDraft(1, won(10_000), clock.today().plusDays(30), null),
                "owner").codes().get(0).code();
        long member = newMember(jdbc);

        List<Outcome<GiftCardRedemption>> outcomes = race(i -> () -> giftCards.redeemToPoints(member, code));

        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.succeeded()).isTrue());
        assertThat(outcomes).extracting(outcome -> outcome.result().pointEntryId()).containsOnly(
                outcomes.get(0).result().pointEntryId());
        assertThat(assertLedgerAddsUp(jdbc, member)).isEqualTo(10_000);
    }

    record Outcome<T>(T result, Throwable failure) {

        boolean succeeded() {
            return failure == null;
        }
    }

    /** Runs the tasks on their own threads, released together once all are waiting at the gate. */
    private <T> List<Outcome<T>> race(IntFunction<Callable<T>> task) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(THREADS);
        CountDownLatch ready = new CountDownLatch(THREADS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Outcome<T>>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                Callable<T> work = task.apply(i);
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    try {
                        return new Outcome<>(work.call(), null);
                    } catch (RuntimeException failure) {
                        return new Outcome<T>(null, failure);
                    }
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<Outcome<T>> outcomes = new ArrayList<>();
            for (Future<Outcome<T>> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            threads.shutdownNow();
        }
    }
}
