package io.tunemall.catalog.transfer;

import java.util.List;

/**
 * One variant as a row of the import format holds it: its option values in the product's axis order, its price
 * difference (may be negative: a smaller size for less), stock and barcode.
 */
record VariantFields(String sku, List<String> values, long priceDifference, int stock, String barcode) {

    String optionValues() {
        return String.join(ProductRules.VALUE_SEPARATOR, values);
    }

    VariantFields withValues(List<String> ordered) {
        return new VariantFields(sku, ordered, priceDifference, stock, barcode);
    }
}
