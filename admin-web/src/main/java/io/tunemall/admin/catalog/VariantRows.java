package io.tunemall.admin.catalog;

import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.VariantDraft;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The option-matrix editor's "apply options": the variant table rebuilt from the axes, one row per combination of
 * values in axis order. A row the owner already filled in keeps its SKU, price and stock; a new row gets a suggested
 * SKU from the slug and zero stock.
 */
final class VariantRows {

    /** Option axes allowed on one product; the form always offers one more empty row up to this. */
    static final int MAX_AXES = 3;

    private VariantRows() {
    }

    static void apply(ProductForm form) {
        List<OptionAxis> axes = ProductForms.axes(form);
        Map<String, ProductForm.Variant> typed = new HashMap<>();
        form.getVariants().forEach(row -> typed.putIfAbsent(row.getOptionValues(), row));
        Set<String> skus = new HashSet<>();
        form.getVariants().forEach(row -> skus.add(row.getSku()));
        String stem = form.getSlug() == null || form.getSlug().isBlank()
                ? "SKU" : form.getSlug().strip().toUpperCase(Locale.ROOT);
        List<ProductForm.Variant> rows = new ArrayList<>();
        int next = 1;
        for (List<String> combination : OptionAxis.combinations(axes)) {
            String label = String.join(VariantDraft.SEPARATOR, combination);
            ProductForm.Variant row = typed.get(label);
            if (row == null) {
                while (skus.contains(stem + "-" + next)) {
                    next++;
                }
                skus.add(stem + "-" + next);
                row = new ProductForm.Variant(label, stem + "-" + next, "0", "0", null);
            }
            rows.add(row);
        }
        form.setVariants(rows);
        form.setAxes(new ArrayList<>(form.getAxes().stream().filter(axis -> !axis.isBlank()).toList()));
    }

    /** Adds the empty axis row the owner can fill to add an axis. */
    static void offerEmptyAxis(ProductForm form) {
        if (form.getAxes().stream().noneMatch(ProductForm.Axis::isBlank) && form.getAxes().size() < MAX_AXES) {
            form.getAxes().add(new ProductForm.Axis());
        }
    }

}
