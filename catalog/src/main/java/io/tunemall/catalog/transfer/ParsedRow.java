package io.tunemall.catalog.transfer;

import java.util.List;
import java.util.Map;

/**
 * One row read and checked on its own. {@code product} and {@code variant} are null when the row has problems that
 * keep them from being built; {@code options} maps each axis the row has a value on to that value, in file order;
 * {@code optionImages} is what the row says about the images of its first option value.
 */
record ParsedRow(int line, String productKey, String sku, ProductFields product, VariantFields variant,
        Map<String, String> options, List<String> optionImages, List<Problem> problems) {

    boolean bad() {
        return !problems.isEmpty();
    }
}
