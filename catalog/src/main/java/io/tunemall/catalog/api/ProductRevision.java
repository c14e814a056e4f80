package io.tunemall.catalog.api;

import io.tunemall.sdk.Money;

/**
 * A partial change to a product's own fields, as an integration sends it: a null field keeps its stored value.
 * Variants, options, images, tags and the timed sale are left as they are, so stock taken by orders meanwhile is
 * never written back over.
 *
 * @param description rich text as typed; sanitized before it is stored
 * @param taxFree whether the product is tax-free (면세)
 */
public record ProductRevision(String name, Money price, Money listPrice, SaleStatus status, String summary,
        String description, Long categoryId, Long brandId, Boolean taxFree) {
}
