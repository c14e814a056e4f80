package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;

/**
 * Input of the points rule, and where points (적립금) are spent: a member's balance. Implemented by the glue to the
 * member module (member.api PointLedger); a shop without points has no bean, and every balance is zero.
 */
public interface PointsWallet {

    /** A shop without points. */
    PointsWallet NONE = new PointsWallet() {
        @Override
        public Money balance(long memberId) {
            return Money.ZERO;
        }

        @Override
        public void spend(long memberId, Money amount, String orderNumber) {
            throw new IllegalStateException("This shop has no points; " + amount + " cannot be spent");
        }

        @Override
        public void refund(long memberId, Money amount, String orderNumber) {
            throw new IllegalStateException("This shop has no points; " + amount + " cannot be refunded");
        }
    };

    Money balance(long memberId);

    /**
     * Spends points on an order, inside the order's transaction; throwing (the balance went too low meanwhile)
     * refuses the order.
     */
    void spend(long memberId, Money amount, String orderNumber);

    /**
     * Gives back everything of the order's spend not given back yet: the order is cancelled (or expired) as a
     * whole, inside that transaction.
     */
    void refund(long memberId, Money amount, String orderNumber);

    /**
     * Gives back part of the order's spend for a partial cancellation, inside that transaction. The claim reference
     * names the cancellation (its lines), so repeating it gives nothing back twice.
     */
    default void refund(long memberId, Money amount, String orderNumber, String claimReference) {
        refund(memberId, amount, orderNumber);
    }
}
