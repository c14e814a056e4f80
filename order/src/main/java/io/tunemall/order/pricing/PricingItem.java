package io.tunemall.order.pricing;

import io.tunemall.catalog.api.Purchasable;

/** A variant and how many units of it are priced. */
public record PricingItem(Purchasable variant, int quantity) {
}
