package io.tunemall.catalog.api;

/**
 * The units of one variant on hand now.
 *
 * @param optionText the option values as shoppers read them ("블랙 / M"); empty for a product without options
 */
public record VariantStockLevel(long variantId, String sku, String optionText, int onHand) {
}
