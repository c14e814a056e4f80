package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.catalog.api.Facets;
import io.tunemall.catalog.api.ListingPage;
import java.util.List;

/**
 * A page of products. {@code facets} are the counts over the whole category (present only when a category is asked
 * for), not narrowed by the other filters.
 */
@Schema(name = "ProductList")
record ProductListJson(List<ProductSummaryJson> items, PageJson page, FacetsJson facets) {

    /**
     * @param number the page, from 1
     * @param totalItems every product matching the query
     * @param totalPages the pages that can be asked for (paging stops at 10,000 products deep)
     */
    @Schema(name = "Page")
    record PageJson(int number, int size, long totalItems, int totalPages, boolean hasNext) {

        static PageJson of(ListingPage page) {
            return new PageJson(page.page(), page.size(), page.totalProducts(), page.totalPages(), page.hasNext());
        }
    }

    @Schema(name = "Facets")
    record FacetsJson(long totalItems, List<Facets.BrandCount> brands, List<PriceBandJson> prices,
            List<Facets.OptionAxisCounts> options) {

        static FacetsJson of(Facets facets) {
            return new FacetsJson(facets.totalProducts(), facets.brands(), facets.prices().stream()
                    .map(band -> new PriceBandJson(band.range().min() == null ? null : band.range().min().won(),
                            band.range().max() == null ? null : band.range().max().won(), band.range().param(), band.count()))
                    .toList(), facets.options());
        }
    }

    /**
     * @param min the lowest price in the band (inclusive), or null
     * @param max the price the band ends below (exclusive), or null
     * @param param the value of the {@code price} parameter that selects the band
     */
    @Schema(name = "PriceBand")
    record PriceBandJson(@Schema(types = {"integer", "null"}, format = "int64") Long min, @Schema(types = {"integer", "null"}, format = "int64") Long max, String param, long count) {
    }
}
