package io.tunemall.member.benefit.point;

import io.tunemall.member.api.EarnCancellation;
import io.tunemall.member.api.InsufficientPoints;
import io.tunemall.member.api.PointBalance;
import io.tunemall.member.api.PointEarning;
import io.tunemall.member.api.PointEntryKind;
import io.tunemall.member.api.PointLedger;
import io.tunemall.member.api.PointOrderConflict;
import io.tunemall.member.api.PointSpend;
import io.tunemall.member.api.SpendRestoration;
import io.tunemall.member.benefit.BenefitsProperties;
import io.tunemall.member.benefit.ShopDays;
import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Points for orders. Repeats are recognised by keys on the entries: one earn and one spend per order, and one
 * partial cancellation per claim reference.
 */
@Service
class Points implements PointLedger {

    private static final String EARN = "EARN:";
    private static final String SPEND = "SPEND:";

    private final PointAccounts accounts;
    private final PointStore store;
    private final ShopDays days;
    private final BenefitsProperties.Points settings;

    Points(PointAccounts accounts, PointStore store, ShopDays days, BenefitsProperties properties) {
        this.accounts = accounts;
        this.store = store;
        this.days = days;
        this.settings = properties.points();
    }

    @Override
    @Transactional(readOnly = true)
    public PointBalance balance(long memberId) {
        Instant now = days.now();
        LocalDate soonBy = days.today().plus(settings.expiringSoon());
        return new PointBalance(memberId, Money.won(store.available(memberId, now)),
                Money.won(store.expiringBetween(memberId, now, days.endOf(soonBy))), soonBy);
    }

    @Override
    @Transactional
    public PointSpend spend(long memberId, String orderNumber, Money amount) {
        String order = orderNumber(orderNumber);
        long points = positive(amount);
        Optional<PointAccount> account = accounts.openExisting(memberId);
        Optional<StoredEntry> earlier = store.findOnce(SPEND + order);
        if (earlier.isPresent()) {
            StoredEntry spend = earlier.get();
            if (spend.memberId() != memberId || -spend.amount() != points) {
                throw new PointOrderConflict("Order " + order + " already spent " + -spend.amount() + " points");
            }
            if (store.restoredOf(spend.id()) > 0) {
                throw new PointOrderConflict("Order " + order + "'s spend was given back; spending again needs a new "
                        + "order number");
            }
            return new PointSpend(spend.id(), memberId, order, amount);
        }
        if (account.isEmpty()) {
            throw new InsufficientPoints(memberId, Money.ZERO, amount);
        }
        long id = once(order, () -> account.get().debit(NewEntry.of(memberId, PointEntryKind.SPEND)
                .forOrder(order, SPEND + order), points));
        return new PointSpend(id, memberId, order, amount);
    }

    @Override
    @Transactional
    public SpendRestoration restoreSpend(String orderNumber) {
        return restore(orderNumber(orderNumber), null, null);
    }

    @Override
    @Transactional
    public SpendRestoration restoreSpend(String orderNumber, String claimReference, Money amount) {
        positive(amount);
        return restore(orderNumber(orderNumber), reference(claimReference), amount);
    }

    private SpendRestoration restore(String order, String reference, Money amount) {
        StoredEntry spend = store.findOnce(SPEND + order)
                .orElseThrow(() -> PointOrderConflict.unknown("point spend", order));
        long memberId = spend.memberId();
        PointAccount account = accounts.open(memberId);
        String once = reference == null ? null : "SPEND_CANCEL:" + order + ":" + reference;
        Optional<StoredEntry> earlier = once == null ? Optional.empty() : store.findOnce(once);
        if (earlier.isPresent()) {
            StoredEntry restored = earlier.get();
            requireSame(restored.amount(), amount, order, "given back");
            return new SpendRestoration(memberId, order, Money.won(restored.amount()), Money.won(restored.expiredWon()),
                    restored.expiredWon() > 0 ? days.lastDayBefore(restored.expiresAt()) : null);
        }
        SpentPortions portions = new SpentPortions(store.portionsOf(spend.id()));
        long wanted = amount == null ? portions.restorable() : amount.won();
        if (wanted > portions.restorable()) {
            throw new PointOrderConflict("Order " + order + ": " + portions.restorable()
                    + " spent points are left to give back; " + wanted + " were asked");
        }
        if (wanted == 0) {
            return new SpendRestoration(memberId, order, Money.ZERO, Money.ZERO, null);
        }
        List<GiveBack> backs = portions.giveBack(wanted, account.now());
        LocalDate reissuedThrough = days.today().plus(settings.reissueValidity());
        account.giveBack(NewEntry.of(memberId, PointEntryKind.SPEND_CANCEL).forOrder(order, once).relatedTo(spend.id()),
                backs, days.endOf(reissuedThrough));
        long lapsed = backs.stream().filter(GiveBack::lapsed).mapToLong(GiveBack::amount).sum();
        return new SpendRestoration(memberId, order, Money.won(wanted), Money.won(lapsed),
                lapsed > 0 ? reissuedThrough : null);
    }

    @Override
    @Transactional
    public PointEarning earn(long memberId, String orderNumber, Money amount, LocalDate validThrough) {
        String order = orderNumber(orderNumber);
        long points = positive(amount);
        if (validThrough == null || validThrough.isBefore(days.today())) {
            throw ShopException.invalid("point-validity-past", "Points must be valid through today or later, not "
                    + validThrough);
        }
        Instant expiresAt = days.endOf(validThrough);
        PointAccount account = accounts.open(memberId);
        Optional<StoredEntry> earlier = store.findOnce(EARN + order);
        if (earlier.isPresent()) {
            StoredEntry earn = earlier.get();
            if (earn.memberId() != memberId || earn.amount() != points || !earn.expiresAt().equals(expiresAt)) {
                throw new PointOrderConflict("Order " + order + " already earned " + earn.amount() + " points");
            }
            return new PointEarning(earn.id(), memberId, order, amount, validThrough);
        }
        long id = once(order, () -> account.credit(NewEntry.credit(memberId, PointEntryKind.EARN, points, expiresAt)
                .forOrder(order, EARN + order)));
        return new PointEarning(id, memberId, order, amount, validThrough);
    }

    @Override
    @Transactional
    public EarnCancellation cancelEarn(String orderNumber) {
        return cancel(orderNumber(orderNumber), null, null);
    }

    @Override
    @Transactional
    public EarnCancellation cancelEarn(String orderNumber, String claimReference, Money amount) {
        positive(amount);
        return cancel(orderNumber(orderNumber), reference(claimReference), amount);
    }

    private EarnCancellation cancel(String order, String reference, Money amount) {
        StoredEntry earn = store.findOnce(EARN + order).orElseThrow(() -> PointOrderConflict.unknown("point earn", order));
        long memberId = earn.memberId();
        PointAccount account = accounts.open(memberId);
        String once = reference == null ? null : "EARN_CANCEL:" + order + ":" + reference;
        Optional<StoredEntry> earlier = once == null ? Optional.empty() : store.findOnce(once);
        if (earlier.isPresent()) {
            StoredEntry cancelled = earlier.get();
            requireSame(cancelled.expiredWon() + cancelled.shortfallWon() - cancelled.amount(), amount, order,
                    "cancelled");
            return new EarnCancellation(memberId, order, Money.won(-cancelled.amount()),
                    Money.won(cancelled.expiredWon()), Money.won(cancelled.shortfallWon()));
        }
        EarnedPoints earned = store.earnedPoints(earn.id());
        long wanted = amount == null ? earned.cancellable() : amount.won();
        if (wanted > earned.cancellable()) {
            throw new PointOrderConflict("Order " + order + ": " + earned.cancellable()
                    + " earned points are left to cancel; " + wanted + " were asked");
        }
        if (wanted == 0) {
            return new EarnCancellation(memberId, order, Money.ZERO, Money.ZERO, Money.ZERO);
        }
        EarnedPoints.Plan plan = earned.cancel(wanted);
        LiveCredits credits = account.liveCredits();
        List<Take> takes = new ArrayList<>(credits.takeFrom(earn.id(), plan.fromRemainder()));
        takes.addAll(credits.takeAtMost(plan.fromOtherPoints()));
        long takenBack = takes.stream().mapToLong(Take::amount).sum();
        long shortfall = wanted - plan.expired() - takenBack;
        account.debit(NewEntry.of(memberId, PointEntryKind.EARN_CANCEL).forOrder(order, once).relatedTo(earn.id())
                .settling(plan.expired(), shortfall), takes);
        store.countCancellation(earn.id(), wanted, plan.expired());
        return new EarnCancellation(memberId, order, Money.won(takenBack), Money.won(plan.expired()),
                Money.won(shortfall));
    }

    /**
     * Runs a write keyed by order. The key was looked for under the member's lock, so a duplicate here means the
     * same order number was used for another member at the same moment.
     */
    private static long once(String order, LongSupplier write) {
        try {
            return write.getAsLong();
        } catch (DuplicateKeyException taken) {
            throw new PointOrderConflict("Order " + order + " already has points recorded for another request");
        }
    }

    private static void requireSame(long recorded, Money asked, String order, String what) {
        if (asked != null && recorded != asked.won()) {
            throw new PointOrderConflict("Order " + order + ": this claim reference already " + what + " " + recorded
                    + " points, not " + asked.won());
        }
    }

    private static String orderNumber(String orderNumber) {
        if (orderNumber == null || orderNumber.isBlank() || orderNumber.strip().length() > 64) {
            throw ShopException.invalid("order-number-invalid", "An order number of 1 to 64 characters is required");
        }
        return orderNumber.strip();
    }

    private static String reference(String reference) {
        if (reference == null || reference.isBlank() || reference.strip().length() > 100) {
            throw ShopException.invalid("claim-reference-invalid", "A claim reference of 1 to 100 characters is required");
        }
        return reference.strip();
    }

    private static long positive(Money amount) {
        if (amount == null || amount.isZero()) {
            throw ShopException.invalid("points-amount-invalid", "The amount of points must be more than zero");
        }
        return amount.won();
    }
}
