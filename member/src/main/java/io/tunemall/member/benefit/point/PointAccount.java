package io.tunemall.member.benefit.point;

import io.tunemall.member.api.InsufficientPoints;
import io.tunemall.member.api.PointEntryKind;
import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;

/**
 * One member's points while their balance row is locked. Every change of a member's points goes through here, so
 * the entries' sum, the credits' remainders and the balance row always agree.
 */
final class PointAccount {

    private final PointStore store;
    private final long memberId;
    private final Instant now;
    private long balance;
    private long expiredOnOpening;

    PointAccount(PointStore store, long memberId, long balance, Instant now) {
        this.store = store;
        this.memberId = memberId;
        this.balance = balance;
        this.now = now;
    }

    long memberId() {
        return memberId;
    }

    Instant now() {
        return now;
    }

    /** Writes a credit; all its points remain until spent or expired. */
    long credit(NewEntry entry) {
        long id = store.insert(entry, now);
        changeBalance(entry.amount());
        return id;
    }

    /** Takes the amount from the credits that expire first. */
    long debit(NewEntry entry, long amount) {
        LiveCredits credits = liveCredits();
        if (credits.total() < amount) {
            throw new InsufficientPoints(memberId, Money.won(credits.total()), Money.won(amount));
        }
        return debit(entry, credits.take(amount));
    }

    /** Writes a debit that takes exactly the given points, recording which credits they came from. */
    long debit(NewEntry entry, List<Take> takes) {
        long total = takes.stream().mapToLong(Take::amount).sum();
        long id = store.insert(entry.amounting(-total, 0, null), now);
        store.take(takes);
        store.allocate(id, takes);
        changeBalance(-total);
        return id;
    }

    /** Writes a credit-back that puts points into the credits they came from and holds the lapsed rest itself. */
    long giveBack(NewEntry entry, List<GiveBack> backs, Instant reissuedUntil) {
        long total = backs.stream().mapToLong(GiveBack::amount).sum();
        long lapsed = backs.stream().filter(GiveBack::lapsed).mapToLong(GiveBack::amount).sum();
        long id = store.insert(entry.amounting(total, lapsed, lapsed > 0 ? reissuedUntil : null)
                .settling(lapsed, null), now);
        store.giveBack(backs);
        changeBalance(total);
        return id;
    }

    LiveCredits liveCredits() {
        return new LiveCredits(store.liveCredits(memberId, now));
    }

    /** What expired when the account was opened. */
    long expiredOnOpening() {
        return expiredOnOpening;
    }

    /** Expires what is past its date; answers how many points that was. */
    long expireOverdue() {
        List<Take> overdue = store.overdueCredits(memberId, now).stream()
                .map(credit -> new Take(credit.entryId(), credit.remaining()))
                .toList();
        if (overdue.isEmpty()) {
            return 0;
        }
        long total = overdue.stream().mapToLong(Take::amount).sum();
        long id = store.insert(NewEntry.of(memberId, PointEntryKind.EXPIRE).amounting(-total, 0, null), now);
        store.expire(overdue);
        store.allocate(id, overdue);
        changeBalance(-total);
        expiredOnOpening += total;
        return total;
    }

    private void changeBalance(long delta) {
        balance = Math.addExact(balance, delta);
        if (balance < 0) {
            throw new IllegalStateException("Member " + memberId + "'s points would drop to " + balance);
        }
        store.setBalance(memberId, balance, now);
    }
}
