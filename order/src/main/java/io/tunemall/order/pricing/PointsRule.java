package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;

/**
 * Points (적립금) the shopper asked to use pay part of the order, last: at most the member's balance and at most what
 * is left to pay (shipping included). Guests have no points.
 */
final class PointsRule implements PricingRule {

    private final PointsWallet wallet;

    PointsRule(PointsWallet wallet) {
        this.wallet = wallet;
    }

    @Override
    public void apply(PriceSheet sheet) {
        Money wanted = sheet.request().pointsRequested();
        if (wanted.isZero()) {
            return;
        }
        if (sheet.memberId().isEmpty()) {
            sheet.note("points-for-members");
            return;
        }
        Money balance = wallet.balance(sheet.memberId().get());
        Money payable = sheet.payableBeforePoints();
        if (wanted.isGreaterThan(balance)) {
            sheet.note("points-over-balance", balance.won());
        } else if (wanted.isGreaterThan(payable)) {
            sheet.note("points-over-amount", payable.won());
        }
        sheet.usePoints(wanted.min(balance));
    }
}
