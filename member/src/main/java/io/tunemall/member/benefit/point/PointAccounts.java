package io.tunemall.member.benefit.point;

import io.tunemall.platform.time.ShopClock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a member's points for a change: locks the member's balance row for the rest of the transaction (concurrent
 * changes of the same member wait for it), then expires whatever passed its date, so a spend never uses points that
 * expired at midnight and the nightly job has not reached yet.
 */
@Component
class PointAccounts {

    private final PointStore store;
    private final ShopClock clock;

    PointAccounts(PointStore store, ShopClock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The member's points, with a balance row created when they never had any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public PointAccount open(long memberId) {
        Instant now = clock.now();
        return prepared(new PointAccount(store, memberId, store.lockOrCreateBalance(memberId, now), now));
    }

    /** The member's points, or empty when they never had any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<PointAccount> openExisting(long memberId) {
        Instant now = clock.now();
        return store.lockBalance(memberId).map(balance -> prepared(new PointAccount(store, memberId, balance, now)));
    }

    private static PointAccount prepared(PointAccount account) {
        account.expireOverdue();
        return account;
    }
}
