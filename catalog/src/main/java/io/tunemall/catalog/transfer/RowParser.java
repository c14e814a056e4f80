package io.tunemall.catalog.transfer;

import io.tunemall.catalog.product.ProductStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Reads one row into product and variant fields, collecting every problem of the row rather than stopping at the
 * first, so the owner can fix a file in one go.
 */
final class RowParser {

    private final SheetHeader header;
    private final CatalogLookup lookup;
    private final ShopMoments moments;
    private final Predicate<String> imageExists;

    RowParser(SheetHeader header, CatalogLookup lookup, ShopMoments moments, Predicate<String> imageExists) {
        this.header = header;
        this.lookup = lookup;
        this.moments = moments;
        this.imageExists = imageExists;
    }

    /** The product key of a row, read cheaply (the first pass only groups rows by it). */
    String productKey(SheetRow row) {
        return header.value(row, TransferColumn.PRODUCT_KEY);
    }

    ParsedRow parse(SheetRow row) {
        Cells cells = new Cells(row);
        String slug = cells.text(TransferColumn.PRODUCT_KEY, ProductRules.SLUG_MAX);
        if (!slug.isEmpty() && !ProductRules.SLUG.matcher(slug).matches()) {
            cells.problem(TransferColumn.PRODUCT_KEY, "bad-product-key", slug);
        }
        String name = cells.text(TransferColumn.NAME, ProductRules.NAME_MAX);
        Long category = cells.category();
        Long brand = cells.brand();
        ProductStatus status = cells.status();
        Long price = cells.won(TransferColumn.PRICE);
        Long listPrice = cells.won(TransferColumn.LIST_PRICE);
        Long salePrice = cells.won(TransferColumn.SALE_PRICE);
        Instant saleStarts = cells.moment(TransferColumn.SALE_STARTS_AT);
        Instant saleEnds = cells.moment(TransferColumn.SALE_ENDS_AT);
        if (price != null && listPrice != null && price > listPrice) {
            cells.problem(TransferColumn.PRICE, "price-above-list-price", Long.toString(price), Long.toString(listPrice));
        }
        if (salePrice != null && price != null && salePrice > price) {
            cells.problem(TransferColumn.SALE_PRICE, "sale-above-price", Long.toString(salePrice), Long.toString(price));
        }
        if (salePrice == null && (saleStarts != null || saleEnds != null) && !cells.failed(TransferColumn.SALE_PRICE)) {
            cells.problem(TransferColumn.SALE_PRICE, "sale-window-without-price");
        }
        if (saleStarts != null && saleEnds != null && !saleEnds.isAfter(saleStarts)) {
            cells.problem(TransferColumn.SALE_ENDS_AT, "sale-ends-before-start");
        }
        String summary = cells.text(TransferColumn.SUMMARY, ProductRules.SUMMARY_MAX);
        List<String> tags = List.copyOf(new TreeSet<>(cells.list(TransferColumn.TAGS, ProductRules.TAG_MAX)));
        List<String> images = cells.images(TransferColumn.IMAGES);

        String sku = cells.code(TransferColumn.SKU, ProductRules.SKU_MAX);
        Long difference = cells.signedWon(TransferColumn.PRICE_DIFFERENCE);
        Integer stock = cells.count(TransferColumn.STOCK);
        String barcode = cells.code(TransferColumn.BARCODE, ProductRules.BARCODE_MAX);
        if (price != null && difference != null && price + difference < 0) {
            cells.problem(TransferColumn.PRICE_DIFFERENCE, "variant-price-negative", Long.toString(difference));
        }
        Map<String, String> options = cells.options();
        List<String> optionImages = cells.images(TransferColumn.OPTION_IMAGES);
        if (!optionImages.isEmpty() && options.isEmpty()) {
            cells.problem(TransferColumn.OPTION_IMAGES, "option-images-without-options");
        }

        if (!cells.problems.isEmpty()) {
            return new ParsedRow(row.line(), slug, sku, null, null, options, optionImages, cells.problems);
        }
        ProductFields product = new ProductFields(slug, name, category, brand, status, price, listPrice, salePrice,
                saleStarts, saleEnds, summary.isEmpty() ? null : summary, tags, images, List.copyOf(options.keySet()));
        VariantFields variant = new VariantFields(sku, List.copyOf(options.values()),
                difference == null ? 0 : difference, stock, barcode.isEmpty() ? null : barcode);
        return new ParsedRow(row.line(), slug, sku, product, variant, options, optionImages, List.of());
    }

    /** The cells of one row and the problems found in them. */
    private final class Cells {

        private final SheetRow row;
        private final List<Problem> problems = new ArrayList<>();
        private final List<TransferColumn> failedColumns = new ArrayList<>();

        Cells(SheetRow row) {
            this.row = row;
        }

        void problem(TransferColumn column, String code, String... arguments) {
            problem(column.key(), code, arguments);
            failedColumns.add(column);
        }

        void problem(String column, String code, String... arguments) {
            problems.add(new Problem(row.line(), header.value(row, TransferColumn.PRODUCT_KEY),
                    header.value(row, TransferColumn.SKU), column, code, List.of(arguments)));
        }

        boolean failed(TransferColumn column) {
            return failedColumns.contains(column);
        }

        String raw(TransferColumn column) {
            String value = header.value(row, column);
            if (value.isEmpty() && column.required()) {
                problem(column, "required");
            }
            return value;
        }

        String text(TransferColumn column, int max) {
            String value = raw(column);
            if (value.length() > max) {
                problem(column, "too-long", Integer.toString(max));
            }
            return value;
        }

        String code(TransferColumn column, int max) {
            String value = text(column, max);
            if (!value.isEmpty() && !ProductRules.CODE.matcher(value).matches()) {
                problem(column, "bad-code", value);
            }
            return value;
        }

        Long category() {
            String slug = raw(TransferColumn.CATEGORY);
            if (slug.isEmpty()) {
                return null;
            }
            Long id = lookup.category(slug).orElse(null);
            if (id == null) {
                problem(TransferColumn.CATEGORY, "unknown-category", slug);
            }
            return id;
        }

        Long brand() {
            String name = raw(TransferColumn.BRAND);
            if (name.isEmpty()) {
                return null;
            }
            Long id = lookup.brand(name).orElse(null);
            if (id == null) {
                problem(TransferColumn.BRAND, "unknown-brand", name);
            } else if (id == CatalogLookup.AMBIGUOUS) {
                problem(TransferColumn.BRAND, "ambiguous-brand", name);
                return null;
            }
            return id;
        }

        ProductStatus status() {
            String value = raw(TransferColumn.STATUS);
            if (value.isEmpty()) {
                return null;
            }
            ProductStatus status = StatusNames.parse(value).orElse(null);
            if (status == null) {
                problem(TransferColumn.STATUS, "bad-status", value);
            }
            return status;
        }

        Long won(TransferColumn column) {
            Long value = signedWon(column);
            if (value != null && value < 0) {
                problem(column, "negative", Long.toString(value));
                return null;
            }
            return value;
        }

        Long signedWon(TransferColumn column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            BigDecimal number = Numbers.parse(value);
            if (number == null) {
                problem(column, "bad-number", value);
                return null;
            }
            try {
                return number.longValueExact();
            } catch (ArithmeticException notWhole) {
                problem(column, "bad-number", value);
                return null;
            }
        }

        Integer count(TransferColumn column) {
            Long value = won(column);
            if (value != null && value > Integer.MAX_VALUE) {
                problem(column, "bad-number", Long.toString(value));
                return null;
            }
            return value == null ? null : value.intValue();
        }

        Instant moment(TransferColumn column) {
            String value = raw(column);
            if (value.isEmpty()) {
                return null;
            }
            Instant moment = moments.parse(value).orElse(null);
            if (moment == null) {
                problem(column, "bad-date", value);
            }
            return moment;
        }

        List<String> list(TransferColumn column, int max) {
            List<String> items = new ArrayList<>();
            for (String item : raw(column).split("\\" + TransferColumn.LIST_SEPARATOR)) {
                String trimmed = item.trim();
                if (trimmed.isEmpty()) {
                    continue;
                }
                if (trimmed.length() > max) {
                    problem(column, "too-long", Integer.toString(max));
                }
                items.add(trimmed);
            }
            return items;
        }

        List<String> images(TransferColumn column) {
            List<String> paths = new ArrayList<>();
            for (String image : list(column, ProductRules.IMAGE_PATH_MAX)) {
                String path = MediaPaths.fromCell(image);
                if (path == null) {
                    problem(column, "bad-image", image);
                } else if (!imageExists.test(path)) {
                    problem(column, "image-not-found", image);
                } else if (!paths.contains(path)) {
                    paths.add(path);
                }
            }
            return List.copyOf(paths);
        }

        Map<String, String> options() {
            Map<String, String> options = new LinkedHashMap<>();
            int length = 0;
            for (String axis : header.axes()) {
                String value = header.option(row, axis);
                if (value.isEmpty()) {
                    continue;
                }
                String column = TransferColumn.OPTION_PREFIX + axis;
                if (value.length() > ProductRules.OPTION_VALUE_MAX) {
                    problem(column, "too-long", Integer.toString(ProductRules.OPTION_VALUE_MAX));
                } else if (value.contains(ProductRules.VALUE_SEPARATOR.trim() + " ")
                        || value.contains(" " + ProductRules.VALUE_SEPARATOR.trim())) {
                    problem(column, "bad-option-value", value);
                }
                length += value.length() + ProductRules.VALUE_SEPARATOR.length();
                options.put(axis, value);
            }
            if (length > ProductRules.OPTION_VALUES_MAX) {
                problem(TransferColumn.OPTION_PREFIX + String.join(",", options.keySet()), "too-long",
                        Integer.toString(ProductRules.OPTION_VALUES_MAX));
            }
            return options;
        }
    }
}
