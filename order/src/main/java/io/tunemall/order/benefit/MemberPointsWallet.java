package io.tunemall.order.benefit;

import io.tunemall.member.api.PointLedger;
import io.tunemall.order.pricing.PointsWallet;
import io.tunemall.sdk.Money;
import org.springframework.stereotype.Component;

/**
 * Points (적립금) at checkout, kept by the member module's ledger. Every call joins the order's transaction, so a
 * spend and the order it pays for commit or roll back together, and so do a cancellation and its refund.
 */
@Component
class MemberPointsWallet implements PointsWallet {

    private final PointLedger ledger;

    MemberPointsWallet(PointLedger ledger) {
        this.ledger = ledger;
    }

    @Override
    public Money balance(long memberId) {
        return ledger.balance(memberId).available();
    }

    @Override
    public void spend(long memberId, Money amount, String orderNumber) {
        ledger.spend(memberId, orderNumber, amount);
    }

    /** A whole cancellation: everything of the spend not given back yet returns to the entries it came from. */
    @Override
    public void refund(long memberId, Money amount, String orderNumber) {
        ledger.restoreSpend(orderNumber);
    }

    @Override
    public void refund(long memberId, Money amount, String orderNumber, String claimReference) {
        ledger.restoreSpend(orderNumber, claimReference, amount);
    }
}
