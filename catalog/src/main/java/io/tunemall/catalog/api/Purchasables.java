package io.tunemall.catalog.api;

import java.util.Collection;
import java.util.Map;

/** Sellable variants for carts and checkout, always read from the database. */
public interface Purchasables {

    /** The variants that still exist among the given ids, by id; a deleted variant is missing from the map. */
    Map<Long, Purchasable> byVariantIds(Collection<Long> variantIds);

    /**
     * The variants with the given SKUs, by SKU; an unknown SKU is missing from the map. For integrations that name
     * what they order by SKU (the admin orders API).
     */
    Map<String, Purchasable> bySkus(Collection<String> skus);
}
