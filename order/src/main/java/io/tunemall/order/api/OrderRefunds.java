package io.tunemall.order.api;

import java.util.List;

/**
 * The money an order gave back. A paid order's cancellation (whole or lines) and a completed return are refunded
 * through the payment module once each, however often their events are delivered; a refund the gateway refused stays
 * FAILED on the order until staff retry it.
 */
public interface OrderRefunds {

    /** The order's refunds, oldest first. */
    List<RefundView> refunds(String orderNumber);

    /**
     * Sends a FAILED refund again, under a new idempotency key (the refused one gave nothing back).
     *
     * @param account the shopper's account, needed when the order was paid into a virtual account; else null
     * @throws io.tunemall.platform.error.ShopException 404 for an unknown refund, 409 when it is not FAILED
     */
    RefundView retry(String orderNumber, long refundId, RefundBankAccount account, Actor actor);
}
