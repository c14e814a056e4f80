package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.GradeChanged;
import io.tunemall.member.api.RegradeRun;
import io.tunemall.member.benefit.BenefitsProperties;
import io.tunemall.member.benefit.ShopDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-grades every member by their trailing paid amount, nightly in the shop's zone and on one node only (ShedLock),
 * or when staff ask. Members are taken in id ranges of a batch each: per range one locking read of the recorded
 * grades, one grouped sum over the purchases, and batched writes of what changed, each range in its own short
 * transaction. Members with a grade set by hand are left alone.
 */
@Component
class Regrading {

    private static final Logger log = LoggerFactory.getLogger(Regrading.class);
    private static final String LOCK = "member-regrade";

    private final TierStore tierStore;
    private final GradeRecords records;
    private final ShopDays days;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final LockingTaskExecutor locks;
    private final BenefitsProperties.Grades settings;

    Regrading(TierStore tierStore, GradeRecords records, ShopDays days, ApplicationEventPublisher events,
            PlatformTransactionManager transactions, LockProvider lockProvider, BenefitsProperties properties) {
        this.tierStore = tierStore;
        this.records = records;
        this.days = days;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.settings = properties.grades();
    }

    /** Holds the lock a few minutes at least, so a node whose clock is behind does not run the night's job again. */
    @Scheduled(cron = "${tunemall.benefits.grades.regrade-cron:0 30 3 * * *}", zone = "${tunemall.time-zone:Asia/Seoul}")
    void nightly() {
        RegradeRun run = run(Duration.ofMinutes(5));
        log.info("Re-grading: {} members checked, {} changed in {}{}", run.membersChecked(), run.changed(), run.took(),
                run.ran() ? "" : " (skipped: another node was running it)");
    }

    RegradeRun run(Duration lockAtLeast) {
        try {
            LockingTaskExecutor.TaskResult<RegradeRun> result = locks.executeWithLock(this::regradeAll,
                    new LockConfiguration(days.now(), LOCK, Duration.ofHours(2), lockAtLeast));
            return result.wasExecuted() ? result.getResult() : new RegradeRun(false, 0, 0, Duration.ZERO);
        } catch (Throwable failure) {
            throw new IllegalStateException("Re-grading failed", failure);
        }
    }

    /** The first day whose purchases count: the same day one window (12 months) ago, in the shop's zone. */
    LocalDate countedFrom() {
        return days.today().minus(settings.window());
    }

    Instant countedSince() {
        return days.startOf(countedFrom());
    }

    private RegradeRun regradeAll() {
        Instant started = days.now();
        Tiers tiers = tierStore.tiers();
        Instant since = countedSince();
        int batch = settings.batchSize();
        long after = Long.MIN_VALUE;
        long checked = 0;
        long changed = 0;
        while (true) {
            List<Long> purchasers = records.purchasersAfter(after, batch);
            List<Long> assigned = records.assignedAfter(after, batch);
            if (purchasers.isEmpty() && assigned.isEmpty()) {
                break;
            }
            long upTo = upperBound(purchasers, assigned, batch);
            long from = after;
            long[] counts = transaction.execute(status -> regradeRange(from, upTo, tiers, since));
            checked += counts[0];
            changed += counts[1];
            after = upTo;
        }
        return new RegradeRun(true, checked, changed, Duration.between(started, days.now()));
    }

    /**
     * The end of the next id range: both lists hold the next members in id order, and a full list may have more
     * members after its last one, so the range stops at the smaller last id of the full lists.
     */
    static long upperBound(List<Long> purchasers, List<Long> assigned, int batch) {
        long upTo = Long.MAX_VALUE;
        if (purchasers.size() == batch) {
            upTo = purchasers.get(batch - 1);
        }
        if (assigned.size() == batch) {
            upTo = Math.min(upTo, assigned.get(batch - 1));
        }
        return upTo;
    }

    private long[] regradeRange(long after, long upTo, Tiers tiers, Instant since) {
        Instant now = days.now();
        Map<Long, Assignment> assigned = records.lockRange(after, upTo);
        Map<Long, Long> paid = records.paidSince(after, upTo, since);
        TreeSet<Long> members = new TreeSet<>(assigned.keySet());
        members.addAll(paid.keySet());
        Tier implicit = tiers.gradeFor(0);
        List<Assignment> inserts = new ArrayList<>();
        List<Assignment> updates = new ArrayList<>();
        List<HistoryLine> lines = new ArrayList<>();
        for (long memberId : members) {
            Assignment current = assigned.get(memberId);
            if (current != null && current.manual()) {
                continue;
            }
            long amount = paid.getOrDefault(memberId, 0L);
            Tier target = tiers.gradeFor(amount);
            Tier from = current == null ? implicit : tiers.byId(current.gradeId()).orElse(implicit);
            if (current != null && target.id() == current.gradeId() || current == null && target.id() == implicit.id()) {
                continue;
            }
            Assignment next = new Assignment(memberId, target.id(), false, now);
            (current == null ? inserts : updates).add(next);
            lines.add(new HistoryLine(memberId, from.code(), target.code(), GradeReason.AUTO, null, null, amount));
        }
        records.insertAssignments(inserts);
        records.updateAssignments(updates);
        records.record(lines, now);
        lines.forEach(line -> events.publishEvent(new GradeChanged(line.memberId(), line.fromCode(), line.toCode(),
                GradeReason.AUTO.name(), now)));
        return new long[] {members.size(), lines.size()};
    }
}
