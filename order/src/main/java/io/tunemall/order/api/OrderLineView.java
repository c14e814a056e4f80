package io.tunemall.order.api;

import io.tunemall.sdk.Money;

/**
 * A line of a placed order: the snapshot of what was bought, at the price it was bought.
 *
 * @param lineNumber 1-based, as the order shows it
 * @param discount the line's own discounts (price rules)
 * @param amount {@code unitPrice × quantity − discount}
 * @param paidAmount the line's part of what the shopper paid: its amount less its share of the order discounts and
 *     of the points; what cancelling it alone gives back
 * @param taxFree whether its product was tax-free (면세) when ordered
 */
public record OrderLineView(int lineNumber, long productId, long variantId, String sku, String productName,
        String optionText, int quantity, Money listUnitPrice, Money unitPrice, Money discount, Money amount,
        Money paidAmount, LineState state, boolean taxFree) {

    /** A line of a taxable (과세) product. */
    public OrderLineView(int lineNumber, long productId, long variantId, String sku, String productName,
            String optionText, int quantity, Money listUnitPrice, Money unitPrice, Money discount, Money amount,
            Money paidAmount, LineState state) {
        this(lineNumber, productId, variantId, sku, productName, optionText, quantity, listUnitPrice, unitPrice,
                discount, amount, paidAmount, state, false);
    }
}
