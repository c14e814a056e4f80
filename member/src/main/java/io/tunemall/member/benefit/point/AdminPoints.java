package io.tunemall.member.benefit.point;

import io.tunemall.member.api.BenefitProblem;
import io.tunemall.member.api.BenefitRejection;
import io.tunemall.member.api.InsufficientPoints;
import io.tunemall.member.api.PointAdjustment;
import io.tunemall.member.api.PointAdministration;
import io.tunemall.member.api.PointEntryKind;
import io.tunemall.member.api.PointEntryRow;
import io.tunemall.member.api.PointExpiryRun;
import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PointStatement;
import io.tunemall.member.benefit.AdminActions;
import io.tunemall.member.benefit.BenefitsProperties;
import io.tunemall.member.benefit.ShopDays;
import io.tunemall.sdk.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AdminPoints implements PointAdministration {

    static final int MAX_REASON = 300;
    static final long MAX_ADJUSTMENT = 100_000_000;

    private final PointLedger ledger;
    private final PointAccounts accounts;
    private final PointStore store;
    private final PointRows rows;
    private final PointExpiry expiry;
    private final AdminActions actions;
    private final ShopDays days;
    private final BenefitsProperties.Points settings;

    AdminPoints(PointLedger ledger, PointAccounts accounts, PointStore store, PointRows rows, PointExpiry expiry,
            AdminActions actions, ShopDays days, BenefitsProperties properties) {
        this.ledger = ledger;
        this.accounts = accounts;
        this.store = store;
        this.rows = rows;
        this.expiry = expiry;
        this.actions = actions;
        this.days = days;
        this.settings = properties.points();
    }

    @Override
    @Transactional(readOnly = true)
    public PointStatement statement(long memberId, int page, int size) {
        int safePage = Math.max(page, 0);
        int safeSize = Math.min(Math.max(size, 1), 200);
        List<StoredEntry> entries = store.entries(memberId, safePage * safeSize, safeSize + 1);
        return new PointStatement(ledger.balance(memberId),
                entries.stream().limit(safeSize).map(rows::row).toList(), safePage, entries.size() > safeSize);
    }

    @Override
    @Transactional
    public PointEntryRow adjust(PointAdjustment adjustment) {
        LocalDate validThrough = adjustment.validThrough() == null
                ? days.today().plus(settings.defaultValidity()) : adjustment.validThrough();
        check(adjustment, validThrough);
        String reason = adjustment.reason().strip();
        long memberId = adjustment.memberId();
        long points = adjustment.amount().won();
        long id;
        if (adjustment.deduct()) {
            PointAccount account = accounts.openExisting(memberId)
                    .orElseThrow(() -> new InsufficientPoints(memberId, Money.ZERO, adjustment.amount()));
            id = account.debit(NewEntry.of(memberId, PointEntryKind.ADJUST).because(reason, adjustment.staff()), points);
        } else {
            id = accounts.open(memberId).credit(NewEntry.credit(memberId, PointEntryKind.ADJUST, points,
                    days.endOf(validThrough)).because(reason, adjustment.staff()));
        }
        actions.record(adjustment.staff(), "points.adjust", "member:" + memberId,
                (adjustment.deduct() ? "-" : "+") + points + " points" + (adjustment.deduct() ? "" : " valid through "
                        + validThrough) + ": " + reason);
        return rows.row(store.entry(id).orElseThrow());
    }

    private void check(PointAdjustment adjustment, LocalDate validThrough) {
        List<BenefitProblem> problems = new ArrayList<>();
        if (adjustment.amount() == null || adjustment.amount().isZero()) {
            problems.add(BenefitProblem.of("amount", "amount-required"));
        } else if (adjustment.amount().won() > MAX_ADJUSTMENT) {
            problems.add(BenefitProblem.of("amount", "amount-too-large", MAX_ADJUSTMENT));
        }
        if (adjustment.reason() == null || adjustment.reason().isBlank()) {
            problems.add(BenefitProblem.of("reason", "reason-required"));
        } else if (adjustment.reason().strip().length() > MAX_REASON) {
            problems.add(BenefitProblem.of("reason", "too-long", MAX_REASON));
        }
        if (!adjustment.deduct() && validThrough.isBefore(days.today())) {
            problems.add(BenefitProblem.of("validThrough", "date-past"));
        }
        if (adjustment.staff() == null || adjustment.staff().isBlank()) {
            problems.add(BenefitProblem.of("", "staff-required"));
        }
        if (!problems.isEmpty()) {
            throw new BenefitRejection(problems);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public List<PointEntryRow> recentAdjustments(int limit) {
        return store.latest(PointEntryKind.ADJUST, Math.min(Math.max(limit, 1), 200)).stream().map(rows::row).toList();
    }

    @Override
    public PointExpiryRun expireDueNow() {
        return expiry.run(Duration.ZERO);
    }
}
