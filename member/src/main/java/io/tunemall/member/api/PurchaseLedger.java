package io.tunemall.member.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * What members paid, as the nightly re-grading counts it: the order module records each paid order and, later, how
 * much of it was refunded. A member's trailing 12-month amount is the sum of paid less refunded over the orders paid
 * in that window.
 */
public interface PurchaseLedger {

    /**
     * Records a paid order. Recording the same order again with the same member and amount changes nothing;
     * with a different member or amount it is refused ({@code purchase-conflict}).
     */
    void recordPaid(long memberId, String orderNumber, Money paid, Instant paidAt);

    /**
     * Records how much of an order has been refunded in total so far (not the latest refund alone), so a repeated
     * call is harmless. Refused when the order is unknown or the total exceeds what was paid.
     */
    void recordRefund(String orderNumber, Money refundedInTotal);
}
