package io.tunemall.sdk.catalog;

import java.util.List;
import java.util.Map;

/**
 * One sellable combination of a product, as modules see it, read-only.
 *
 * @param id the variant's id
 * @param sku the stock keeping unit, unique in the shop
 * @param options the option values by axis name ({@code 색상 → 블랙}, {@code 사이즈 → M}), in the owner's order
 * @param stock the units the shop has now
 * @param available whether a shopper can buy it now (stock left and the product not marked sold out)
 * @since 1.0.0
 */
public record VariantView(long id, String sku, Map<String, String> options, int stock, boolean available) {

    public VariantView {
        options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    }

    /** The value of one axis ({@code 사이즈}), or null when the product has no such axis. */
    public String option(String axis) {
        return options.get(axis);
    }

    /** The option values in axis order. */
    public List<String> optionValues() {
        return List.copyOf(options.values());
    }
}
