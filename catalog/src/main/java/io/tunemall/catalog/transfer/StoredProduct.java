package io.tunemall.catalog.transfer;

import java.util.List;
import java.util.Map;

/**
 * A product as the catalog holds it, in the shapes of the import format: compared field by field with what a file
 * says, and written out row by row by an export. {@code optionImages} maps an option value to its images.
 */
record StoredProduct(long id, ProductFields fields, List<Variant> variants, List<Option> options,
        Map<String, List<String>> optionImages) {

    record Variant(long id, VariantFields fields, int sortOrder) {
    }

    record Option(String axis, String value, int sortOrder) {
    }

    int nextVariantOrder() {
        return variants.stream().mapToInt(Variant::sortOrder).max().orElse(-1) + 1;
    }

    int nextOptionOrder() {
        return options.stream().mapToInt(Option::sortOrder).max().orElse(-1) + 1;
    }
}
