package io.tunemall.sdk.order;

import io.tunemall.sdk.Money;
import java.util.Objects;

/**
 * One line of a {@link PlacedOrder}.
 *
 * @param lineNumber 1-based, as the order shows it
 * @param productId the product bought
 * @param variantId the variant (option) bought
 * @param quantity units bought
 * @param paidAmount the line's part of what the shopper pays: its amount less its share of the order discounts and of
 *     the points used
 * @param cancelled whether the line was cancelled
 * @since 1.0
 */
public record PlacedOrderLine(int lineNumber, long productId, long variantId, int quantity, Money paidAmount,
        boolean cancelled) {

    public PlacedOrderLine {
        Objects.requireNonNull(paidAmount, "paidAmount");
    }
}
