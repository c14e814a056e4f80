package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.LocalDate;

/**
 * Points (적립금) for the order and checkout modules. One point is one won. Every change of a member's points is
 * serialised on that member, so the balance never goes below zero however many requests arrive at once. Calls join
 * the caller's transaction.
 */
public interface PointLedger {

    /** What the member can spend now, and how much of it expires soon. */
    PointBalance balance(long memberId);

    /**
     * Spends points on an order, consuming the entries that expire first. Repeating the same spend for the same
     * order answers the first one; a different spend for an order that already has one is refused
     * ({@link PointOrderConflict}), also after it was restored.
     *
     * @throws InsufficientPoints when the member has fewer points than the amount
     */
    PointSpend spend(long memberId, String orderNumber, Money amount);

    /** Gives back everything of the order's spend not given back yet (order cancelled, payment failed). */
    SpendRestoration restoreSpend(String orderNumber);

    /**
     * Gives back part of the order's spend (a partial cancellation), to the entries it came from, latest expiring
     * first. The claim reference makes the call repeatable: the same reference answers the first result.
     */
    SpendRestoration restoreSpend(String orderNumber, String claimReference, Money amount);

    /**
     * Credits points for an order, valid through the given day (in the shop's zone). Repeating the same earn
     * answers the first; a different earn for the same order is refused.
     */
    PointEarning earn(long memberId, String orderNumber, Money amount, LocalDate validThrough);

    /** Cancels what is left of the order's earn (order refunded). Repeating it changes nothing more. */
    EarnCancellation cancelEarn(String orderNumber);

    /** Cancels part of the order's earn (a partial refund); the claim reference makes the call repeatable. */
    EarnCancellation cancelEarn(String orderNumber, String claimReference, Money amount);
}
