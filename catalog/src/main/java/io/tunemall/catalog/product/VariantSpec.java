package io.tunemall.catalog.product;

import io.tunemall.sdk.Money;

/**
 * One variant of a product as stored.
 *
 * @param optionValues the option values in axis order joined by " / " (블랙 / M); empty for a product without options
 * @param priceDifference what the variant costs on top of the product's price
 */
public record VariantSpec(String sku, String optionValues, Money priceDifference, int stock, String barcode) {
}
