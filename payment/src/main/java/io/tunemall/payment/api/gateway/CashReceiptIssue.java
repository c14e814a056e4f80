package io.tunemall.payment.api.gateway;

import io.tunemall.payment.api.CashReceiptType;
import io.tunemall.sdk.Money;

/**
 * A cash receipt to issue for a cash payment.
 *
 * @param orderNumber the order
 * @param orderName what was bought
 * @param amount the amount received in cash
 * @param taxFreeAmount the tax-free part
 * @param type income deduction or proof of expense
 * @param identity the number it is issued to; the National Tax Service's self-issue number {@code 0100001234} when
 *        the shopper asked for none (자진발급)
 * @param idempotencyKey the same for every retry
 */
public record CashReceiptIssue(String orderNumber, String orderName, Money amount, Money taxFreeAmount,
        CashReceiptType type, String identity, String idempotencyKey) {

    /** The number a shop issues a receipt to when the shopper asked for none (국세청 자진발급 번호). */
    public static final String SELF_ISSUE_IDENTITY = "0100001234";
}
