package io.tunemall.catalog.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one product from its rows and finds what the rows disagree on: product columns that differ from the
 * product's first row, two rows with the same option combination, two rows of one colour with different colour
 * images. The product is built only when every row is good.
 */
final class ProductBuilder {

    record Built(ImportedProduct product, List<Problem> problems) {
    }

    private final boolean optionImagesInFile;

    ProductBuilder(SheetHeader header) {
        this.optionImagesInFile = header.has(TransferColumn.OPTION_IMAGES);
    }

    Built build(List<ParsedRow> rows) {
        List<Problem> problems = new ArrayList<>();
        ParsedRow first = null;
        Map<String, Integer> combinations = new HashMap<>();
        Map<String, ParsedRow> imagesByValue = new LinkedHashMap<>();
        for (ParsedRow row : rows) {
            if (row.bad()) {
                continue;
            }
            if (first == null) {
                first = row;
            } else {
                for (String column : row.product().differences(first.product())) {
                    problems.add(problem(row, column, "inconsistent-product", Integer.toString(first.line())));
                }
            }
            Integer sameOptions = combinations.putIfAbsent(row.variant().optionValues(), row.line());
            if (sameOptions != null) {
                problems.add(problem(row, TransferColumn.OPTION_PREFIX + String.join(",", row.options().keySet()),
                        "duplicate-options", Integer.toString(sameOptions)));
            }
            if (optionImagesInFile && !row.variant().values().isEmpty()) {
                ParsedRow sameValue = imagesByValue.putIfAbsent(row.variant().values().get(0), row);
                if (sameValue != null && !sameValue.optionImages().equals(row.optionImages())) {
                    problems.add(problem(row, TransferColumn.OPTION_IMAGES.key(), "inconsistent-option-images",
                            row.variant().values().get(0), Integer.toString(sameValue.line())));
                }
            }
        }
        boolean anyBad = rows.stream().anyMatch(ParsedRow::bad);
        if (anyBad || !problems.isEmpty() || first == null) {
            return new Built(null, problems);
        }
        List<ImportedProduct.Line> variants = rows.stream()
                .map(row -> new ImportedProduct.Line(row.line(), row.variant()))
                .toList();
        Map<String, List<String>> optionImages = new LinkedHashMap<>();
        imagesByValue.forEach((value, row) -> optionImages.put(value, row.optionImages()));
        return new Built(new ImportedProduct(first.product(), variants, optionImages), problems);
    }

    private static Problem problem(ParsedRow row, String column, String code, String... arguments) {
        return new Problem(row.line(), row.productKey(), row.sku(), column, code, List.of(arguments));
    }
}
