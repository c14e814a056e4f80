package io.tunemall.member.api;

import java.util.List;

/**
 * Using a gift card (상품권): redeemed once, either into the member's points or as payment of an order. The code is
 * accepted as the shopper types it (lower case, without hyphens, O for 0 and I or L for 1); a typo is caught by
 * its check character. Every refusal is a {@link GiftCardRefused} naming why.
 */
public interface GiftCards {

    /**
     * Redeems the card into the member's points, worth its face value. Of two simultaneous redemptions of one card
     * exactly one succeeds.
     */
    GiftCardRedemption redeemToPoints(long memberId, String code);

    /**
     * Holds the card for an order's checkout for a while (30 minutes by default), so nobody else can use it
     * meanwhile. Reserving the same card for the same order again extends the hold. An order may hold several cards.
     */
    GiftCardReservation reserveForPayment(String code, String orderNumber);

    /** The order was paid: every card it holds is spent as payment. Repeating it answers the same cards. */
    List<GiftCardReservation> capture(String orderNumber);

    /** The checkout was abandoned or failed: every card the order holds (not yet captured) is free again. */
    int release(String orderNumber);
}
