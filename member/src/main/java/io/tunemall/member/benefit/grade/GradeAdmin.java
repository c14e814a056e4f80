package io.tunemall.member.benefit.grade;

import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.GradeAdministration;
import io.tunemall.member.api.GradeChange;
import io.tunemall.member.api.GradeChanged;
import io.tunemall.member.api.GradeDraft;
import io.tunemall.member.api.GradeTier;
import io.tunemall.member.api.MemberGrade;
import io.tunemall.member.api.RegradeRun;
import io.tunemall.member.benefit.AdminActions;
import io.tunemall.member.benefit.ShopDays;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class GradeAdmin implements GradeAdministration {

    static final int MAX_NOTE = 300;

    private final TierStore tierStore;
    private final GradeRecords records;
    private final CurrentGrades current;
    private final Regrading regrading;
    private final AdminActions actions;
    private final ApplicationEventPublisher events;
    private final ShopDays days;

    GradeAdmin(TierStore tierStore, GradeRecords records, CurrentGrades current, Regrading regrading,
            AdminActions actions, ApplicationEventPublisher events, ShopDays days) {
        this.tierStore = tierStore;
        this.records = records;
        this.current = current;
        this.regrading = regrading;
        this.actions = actions;
        this.events = events;
        this.days = days;
    }

    @Override
    @Transactional(readOnly = true)
    public List<GradeTier> tiers() {
        Map<Long, Long> counts = tierStore.memberCounts();
        return tierStore.tiers().highestFirst().stream().map(tier -> tier.view(counts.getOrDefault(tier.id(), 0L)))
                .toList();
    }

    @Override
    @Transactional
    public long createTier(GradeDraft draft, String staff) {
        tierStore.lockAll();
        GradeDraft checked = TierCheck.check(draft, Optional.empty(), tierStore.tiers());
        long id = tierStore.insert(checked.code(), checked, days.now());
        if (checked.makeDefault()) {
            tierStore.makeDefault(id);
        }
        actions.record(staff, "grades.create", "grade:" + checked.code(), describe(checked));
        return id;
    }

    @Override
    @Transactional
    public void updateTier(long id, GradeDraft draft, String staff) {
        tierStore.lockAll();
        Tiers tiers = tierStore.tiers();
        Tier tier = tiers.byId(id).orElseThrow(() -> ShopException.notFound("Grade " + id));
        GradeDraft checked = TierCheck.check(draft, Optional.of(tier), tiers);
        tierStore.update(id, checked, days.now());
        if (checked.makeDefault() && !tier.isDefault()) {
            tierStore.makeDefault(id);
        }
        actions.record(staff, "grades.update", "grade:" + tier.code(), describe(checked));
    }

    @Override
    @Transactional
    public void deleteTier(long id, String staff) {
        tierStore.lockAll();
        Tier tier = tierStore.tiers().byId(id).orElseThrow(() -> ShopException.notFound("Grade " + id));
        if (tier.isDefault()) {
            throw BenefitRejection.of("", "default-grade-kept");
        }
        long members = tierStore.memberCounts().getOrDefault(id, 0L);
        if (members > 0) {
            throw BenefitRejection.of("", "grade-in-use", members);
        }
        tierStore.delete(id);
        actions.record(staff, "grades.delete", "grade:" + tier.code(), tier.name());
    }

    @Override
    public RegradeRun regradeNow(String staff) {
        RegradeRun run = regrading.run(Duration.ZERO);
        if (run.ran()) {
            actions.record(staff, "grades.regrade", "members", run.membersChecked() + " checked, " + run.changed()
                    + " changed");
        }
        return run;
    }

    @Override
    @Transactional(readOnly = true)
    public MemberGrade gradeOf(long memberId) {
        Tiers tiers = tierStore.tiers();
        Optional<Assignment> recorded = records.find(memberId);
        Tier tier = current.current(tiers, memberId);
        long holders = tierStore.memberCounts().getOrDefault(tier.id(), 0L);
        return new MemberGrade(memberId, tier.view(holders), recorded.map(Assignment::manual).orElse(false),
                recorded.map(Assignment::changedAt).orElse(null),
                Money.won(records.paidSince(memberId, regrading.countedSince())), regrading.countedFrom());
    }

    @Override
    @Transactional(readOnly = true)
    public List<GradeChange> history(long memberId) {
        return records.history(memberId, 200);
    }

    @Override
    @Transactional
    public void override(long memberId, long gradeId, String note, String staff) {
        Tiers tiers = tierStore.tiers();
        Tier target = tiers.byId(gradeId).orElseThrow(() -> BenefitRejection.of("gradeId", "grade-unknown"));
        String cleanNote = note(note);
        Instant now = days.now();
        Assignment before = records.lock(memberId, tiers.gradeFor(0).id(), now);
        records.set(memberId, target.id(), true, now);
        Tier from = tiers.byId(before.gradeId()).orElse(target);
        changed(new HistoryLine(memberId, from.code(), target.code(), GradeReason.MANUAL, staff, cleanNote, null), now);
        actions.record(staff, "grades.override", "member:" + memberId, from.code() + " -> " + target.code()
                + (cleanNote == null ? "" : ": " + cleanNote));
    }

    @Override
    @Transactional
    public void clearOverride(long memberId, String staff) {
        Tiers tiers = tierStore.tiers();
        Instant now = days.now();
        if (records.find(memberId).filter(Assignment::manual).isEmpty()) {
            throw BenefitRejection.of("", "grade-not-overridden");
        }
        Assignment before = records.lock(memberId, tiers.gradeFor(0).id(), now);
        long paid = records.paidSince(memberId, regrading.countedSince());
        Tier target = tiers.gradeFor(paid);
        records.set(memberId, target.id(), false, now);
        Tier from = tiers.byId(before.gradeId()).orElse(target);
        changed(new HistoryLine(memberId, from.code(), target.code(), GradeReason.CLEARED, staff, null, paid), now);
        actions.record(staff, "grades.clear-override", "member:" + memberId, from.code() + " -> " + target.code());
    }

    private void changed(HistoryLine line, Instant now) {
        records.record(List.of(line), now);
        events.publishEvent(new GradeChanged(line.memberId(), line.fromCode(), line.toCode(), line.reason().name(), now));
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        if (note.strip().length() > MAX_NOTE) {
            throw BenefitRejection.of("note", "too-long", MAX_NOTE);
        }
        return note.strip();
    }

    private static String describe(GradeDraft draft) {
        return draft.name() + ", level " + draft.level() + ", discount " + draft.discountBps() + " bp, points "
                + draft.pointRateBps() + " bp, free shipping " + draft.freeShipping() + ", minimum "
                + (draft.minimumPaid() == null ? "manual only" : draft.minimumPaid().won() + " won")
                + (draft.makeDefault() ? ", default" : "");
    }
}
