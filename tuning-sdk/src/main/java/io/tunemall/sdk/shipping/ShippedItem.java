package io.tunemall.sdk.shipping;

import io.tunemall.sdk.Money;
import java.util.Objects;

/**
 * One line of goods in a shipment whose fee is being computed.
 *
 * @param productId the product's id
 * @param sku the SKU
 * @param quantity units shipped
 * @param amount what the line costs after its discounts
 * @since 1.0.0
 */
public record ShippedItem(long productId, String sku, int quantity, Money amount) {

    public ShippedItem {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(amount, "amount");
    }
}
