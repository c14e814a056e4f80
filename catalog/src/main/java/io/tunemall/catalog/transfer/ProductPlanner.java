package io.tunemall.catalog.transfer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares an imported product with the stored one and works out the least writing that makes them equal. Variants
 * are matched by SKU; variants the file does not list are kept (an import never deletes). A product whose file axes
 * differ from its stored ones is refused unless the file lists every one of its variants.
 */
final class ProductPlanner {

    private final SheetHeader header;

    ProductPlanner(SheetHeader header) {
        this.header = header;
    }

    ProductPlan plan(ImportedProduct incoming, StoredProduct stored, Map<String, String> skuOwners) {
        List<Problem> problems = new ArrayList<>();
        for (ImportedProduct.Line line : incoming.variants()) {
            String owner = skuOwners.get(line.variant().sku());
            if (owner != null && !owner.equals(incoming.slug())) {
                problems.add(problem(incoming, line, TransferColumn.SKU.key(), "sku-of-other-product", owner));
            }
        }
        if (stored == null) {
            return problems.isEmpty() ? created(incoming) : ProductPlan.refused(incoming, problems);
        }
        List<String> fileAxes = incoming.fields().axes();
        List<String> storedAxes = stored.fields().axes();
        boolean sameAxes = new HashSet<>(fileAxes).equals(new HashSet<>(storedAxes)) && !stored.variants().isEmpty();
        Set<String> fileSkus = new HashSet<>(incoming.variants().stream().map(l -> l.variant().sku()).toList());
        boolean everyVariantListed = stored.variants().stream().allMatch(v -> fileSkus.contains(v.fields().sku()));
        if (!sameAxes && !everyVariantListed) {
            problems.add(problem(incoming, incoming.variants().get(0), TransferColumn.OPTION_PREFIX
                    + String.join(",", fileAxes), "option-axes-differ", String.join(", ", storedAxes)));
        }
        List<String> axes = sameAxes ? storedAxes : fileAxes;
        ProductFields fields = incoming.fields().over(stored.fields(), header).withAxes(axes);
        if (fields.salePrice() != null && fields.salePrice() > fields.price()) {
            problems.add(problem(incoming, incoming.variants().get(0), TransferColumn.SALE_PRICE.key(),
                    "sale-above-price", Long.toString(fields.salePrice()), Long.toString(fields.price())));
        }
        if (!problems.isEmpty()) {
            return ProductPlan.refused(incoming, problems);
        }

        Map<String, StoredProduct.Variant> storedBySku = new HashMap<>();
        stored.variants().forEach(v -> storedBySku.put(v.fields().sku(), v));
        List<ProductPlan.Positioned<VariantFields>> inserts = new ArrayList<>();
        Map<Long, VariantFields> updates = new LinkedHashMap<>();
        int nextOrder = stored.nextVariantOrder();
        List<VariantFields> variants = ordered(incoming, axes);
        for (VariantFields variant : variants) {
            StoredProduct.Variant existing = storedBySku.get(variant.sku());
            VariantFields merged = merged(variant, existing == null ? null : existing.fields());
            if (existing == null) {
                inserts.add(new ProductPlan.Positioned<>(merged, nextOrder++));
            } else if (!sameVariant(merged, existing.fields())) {
                updates.put(existing.id(), merged);
            }
        }

        boolean rebuildOptions = !sameAxes && !axes.equals(storedAxes);
        List<ProductPlan.Positioned<StoredProduct.Option>> optionInserts = new ArrayList<>();
        if (rebuildOptions) {
            optionInserts.addAll(options(variants, axes, 0));
        } else {
            Set<String> known = new HashSet<>();
            stored.options().forEach(o -> known.add(o.axis() + "\u0000" + o.value()));
            int order = stored.nextOptionOrder();
            for (ProductPlan.Positioned<StoredProduct.Option> option : options(variants, axes, 0)) {
                if (known.add(option.value().axis() + "\u0000" + option.value().value())) {
                    optionInserts.add(new ProductPlan.Positioned<>(option.value(), order++));
                }
            }
        }

        ProductFields storedFields = stored.fields();
        boolean productChanged = !fields.sameRowAs(storedFields);
        boolean tagsChanged = !fields.tags().equals(storedFields.tags());
        Map<String, List<String>> images = images(incoming, fields);
        Map<String, List<String>> storedImages = new LinkedHashMap<>();
        images.keySet().forEach(value -> storedImages.put(value, value.isEmpty() ? storedFields.images()
                : stored.optionImages().getOrDefault(value, List.of())));
        boolean imagesChanged = !images.equals(storedImages);
        return new ProductPlan(incoming, stored, fields, inserts, updates, rebuildOptions, optionInserts,
                productChanged, tagsChanged, imagesChanged ? images : null, List.of());
    }

    private ProductPlan created(ImportedProduct incoming) {
        ProductFields fields = incoming.fields();
        List<VariantFields> variants = ordered(incoming, fields.axes());
        List<ProductPlan.Positioned<VariantFields>> inserts = new ArrayList<>();
        for (int i = 0; i < variants.size(); i++) {
            inserts.add(new ProductPlan.Positioned<>(variants.get(i), i));
        }
        return new ProductPlan(incoming, null, fields, inserts, Map.of(), true, options(variants, fields.axes(), 0),
                true, !fields.tags().isEmpty(), images(incoming, fields), List.of());
    }

    /** The file's variants with their values in the order of the product's axes. */
    private static List<VariantFields> ordered(ImportedProduct incoming, List<String> axes) {
        List<String> fileAxes = incoming.fields().axes();
        if (fileAxes.equals(axes)) {
            return incoming.variants().stream().map(ImportedProduct.Line::variant).toList();
        }
        return incoming.variants().stream().map(line -> {
            List<String> values = new ArrayList<>();
            for (String axis : axes) {
                values.add(line.variant().values().get(fileAxes.indexOf(axis)));
            }
            return line.variant().withValues(values);
        }).toList();
    }

    /** Price difference and barcode keep their stored values when the file has no column for them. */
    private VariantFields merged(VariantFields variant, VariantFields stored) {
        long difference = header.has(TransferColumn.PRICE_DIFFERENCE) || stored == null
                ? variant.priceDifference() : stored.priceDifference();
        String barcode = header.has(TransferColumn.BARCODE) || stored == null ? variant.barcode() : stored.barcode();
        return new VariantFields(variant.sku(), variant.values(), difference, variant.stock(), barcode);
    }

    private static boolean sameVariant(VariantFields a, VariantFields b) {
        return a.optionValues().equals(b.optionValues()) && a.priceDifference() == b.priceDifference()
                && a.stock() == b.stock() && Objects.equals(a.barcode(), b.barcode());
    }

    /** Each axis's values in the order the variants first use them, axis after axis. */
    private static List<ProductPlan.Positioned<StoredProduct.Option>> options(List<VariantFields> variants,
            List<String> axes, int firstOrder) {
        List<ProductPlan.Positioned<StoredProduct.Option>> options = new ArrayList<>();
        int order = firstOrder;
        for (int axis = 0; axis < axes.size(); axis++) {
            Set<String> values = new LinkedHashSet<>();
            for (VariantFields variant : variants) {
                values.add(variant.values().get(axis));
            }
            for (String value : values) {
                options.add(new ProductPlan.Positioned<>(new StoredProduct.Option(axes.get(axis), value, order), order));
                order++;
            }
        }
        return options;
    }

    /**
     * The images the file governs: the product's own under "" when it has that column, and the images of each value
     * of the product's first axis in the file (product_image knows values, not axes).
     */
    private Map<String, List<String>> images(ImportedProduct incoming, ProductFields fields) {
        Map<String, List<String>> images = new LinkedHashMap<>();
        if (header.has(TransferColumn.IMAGES)) {
            images.put("", fields.images());
        }
        if (header.has(TransferColumn.OPTION_IMAGES) && !fields.axes().isEmpty()) {
            for (ImportedProduct.Line line : incoming.variants()) {
                String value = line.variant().values().get(0);
                images.putIfAbsent(value, incoming.optionImages().getOrDefault(value, List.of()));
            }
        }
        return images;
    }

    private static Problem problem(ImportedProduct product, ImportedProduct.Line line, String column, String code,
            String... arguments) {
        return new Problem(line.line(), product.slug(), line.variant().sku(), column, code, List.of(arguments));
    }
}
