package io.tunemall.sdk.pricing;

import io.tunemall.sdk.Money;
import java.util.Objects;

/**
 * One line of a cart or order as the price rules see it, read-only. Unit prices already include the option's price
 * difference.
 *
 * @param index the line's position, starting at 0; rules name a line by it
 * @param productId the product's id
 * @param variantId the sellable combination's id
 * @param sku the SKU
 * @param productName the product's name as the shopper reads it
 * @param optionText the option values, such as {@code 블랙 / M}; empty for a product without options
 * @param categoryId the product's category
 * @param brandId the product's brand, or null
 * @param quantity units ordered, at least 1
 * @param listUnitPrice the list price (정가) of one unit, option included
 * @param unitPrice what one unit costs before discounts: the regular or the running sale price, option included
 * @param amount the line's amount so far: {@code unitPrice × quantity} less the line discounts applied before
 * @since 1.0.0
 */
public record PricedLine(int index, long productId, long variantId, String sku, String productName, String optionText,
        long categoryId, Long brandId, int quantity, Money listUnitPrice, Money unitPrice, Money amount) {

    public PricedLine {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(listUnitPrice, "listUnitPrice");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(amount, "amount");
        if (quantity < 1) {
            throw new IllegalArgumentException("A line has at least one unit: " + quantity);
        }
    }
}
