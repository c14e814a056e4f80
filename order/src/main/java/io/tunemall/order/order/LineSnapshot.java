package io.tunemall.order.order;

import io.tunemall.sdk.Money;

/**
 * What an order line keeps of its priced cart line.
 *
 * @param taxFree whether the product was tax-free (면세) when ordered; a later change in the catalog does not change it
 */
public record LineSnapshot(int lineNumber, long productId, long variantId, String sku, String productName,
        String optionText, int quantity, Money listUnitPrice, Money baseUnitPrice, Money optionPrice, boolean onSale,
        Money lineDiscount, Money amount, Money discountShare, Money pointsShare, boolean taxFree) {
}
