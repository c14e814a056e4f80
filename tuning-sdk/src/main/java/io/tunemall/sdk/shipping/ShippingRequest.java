package io.tunemall.sdk.shipping;

import io.tunemall.sdk.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a shipping fee is computed for.
 *
 * @param postalCode the destination's 5-digit postal code, or null while it is not known (the cart's estimate)
 * @param goodsAmount what the goods cost after discounts, before points; the free-shipping threshold is measured
 *     against it
 * @param items the goods
 * @param shipsFreeByGrade whether the shopper's member grade ships free (the base fee is waived; a remote-area
 *     surcharge is still charged)
 * @since 1.0.0
 */
public record ShippingRequest(String postalCode, Money goodsAmount, List<ShippedItem> items, boolean shipsFreeByGrade) {

    public ShippingRequest {
        Objects.requireNonNull(goodsAmount, "goodsAmount");
        items = List.copyOf(items);
    }

    public Optional<String> knownPostalCode() {
        return Optional.ofNullable(postalCode);
    }
}
