package io.tunemall.catalog.transfer;

import java.util.List;
import java.util.Map;

/**
 * A product as the file describes it, built from all its rows: its fields, its variants (values in
 * {@code fields.axes()} order, each with the line it came from) and the images of its first-axis option values.
 */
record ImportedProduct(ProductFields fields, List<Line> variants, Map<String, List<String>> optionImages) {

    /** A variant and the line of the file it came from, so problems found later still point at the right row. */
    record Line(int line, VariantFields variant) {
    }

    String slug() {
        return fields.slug();
    }

    int firstLine() {
        return variants.get(0).line();
    }

    List<Integer> lines() {
        return variants.stream().map(Line::line).toList();
    }
}
