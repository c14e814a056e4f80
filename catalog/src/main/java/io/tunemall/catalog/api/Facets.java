package io.tunemall.catalog.api;

import java.io.Serializable;
import java.util.List;

/**
 * What a category's listed products offer to filter by, each value with the number of the category's products that
 * have it. The counts are over the whole category, not narrowed by the filters a shopper has chosen: one set of counts
 * per category keeps facets cheap and cacheable at any catalog size (see docs/storefront.md). "In stock only" is a
 * filter without a count: counting it takes a look at every product's variants, the dearest facet by far.
 *
 * @param totalProducts the category's listed products
 * @param brands the brands with the most products in the category, most first (at most 30)
 */
public record Facets(long totalProducts, List<BrandCount> brands, List<PriceBandCount> prices, List<OptionAxisCounts> options)
        implements Serializable {

    public Facets {
        brands = List.copyOf(brands);
        prices = List.copyOf(prices);
        options = List.copyOf(options);
    }

    /** The same counts with other price bands. */
    public Facets withPrices(List<PriceBandCount> bands) {
        return new Facets(totalProducts, brands, bands, options);
    }

    /** A brand and how many of the category's products carry it. */
    public record BrandCount(String slug, String name, long count) implements Serializable {
    }

    /** A price band (by the price in force when counted) and how many products fall in it. */
    public record PriceBandCount(PriceRange range, long count) implements Serializable {
    }

    /** An option axis (색상) with its values in the owner's order and how many products offer each. */
    public record OptionAxisCounts(String axis, List<ValueCount> values) implements Serializable {

        public OptionAxisCounts {
            values = List.copyOf(values);
        }
    }

    public record ValueCount(String value, long count) implements Serializable {
    }
}
