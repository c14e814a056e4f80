package io.tunemall.catalog.transfer;

import java.util.List;
import java.util.Map;

/**
 * What writing one imported product takes: nothing (it is already so), a new product, or the changes to an existing
 * one; or the problems that keep it out.
 *
 * @param stored the product as it is now, null for a new one
 * @param fields the product's fields as they will be, options the file left out kept from {@code stored}
 * @param variantInserts new variants with their sort order
 * @param variantUpdates changed variants by id
 * @param rebuildOptions whether the option values are replaced whole (new product, or new axes)
 * @param optionInserts option values to add, with their sort order
 * @param images the images the file governs, product images under "" then each first-axis value's, or null if
 *        they stay as they are
 */
record ProductPlan(ImportedProduct incoming, StoredProduct stored, ProductFields fields,
        List<Positioned<VariantFields>> variantInserts, Map<Long, VariantFields> variantUpdates,
        boolean rebuildOptions, List<Positioned<StoredProduct.Option>> optionInserts, boolean productChanged,
        boolean tagsChanged, Map<String, List<String>> images, List<Problem> problems) {

    record Positioned<T>(T value, int sortOrder) {
    }

    enum Outcome { CREATED, UPDATED, UNCHANGED, REFUSED }

    Outcome outcome() {
        if (!problems.isEmpty()) {
            return Outcome.REFUSED;
        }
        if (stored == null) {
            return Outcome.CREATED;
        }
        boolean changed = productChanged || tagsChanged || images != null || rebuildOptions
                || !variantInserts.isEmpty() || !variantUpdates.isEmpty() || !optionInserts.isEmpty();
        return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
    }

    static ProductPlan refused(ImportedProduct incoming, List<Problem> problems) {
        return new ProductPlan(incoming, null, incoming.fields(), List.of(), Map.of(), false, List.of(), false, false,
                null, problems);
    }
}
