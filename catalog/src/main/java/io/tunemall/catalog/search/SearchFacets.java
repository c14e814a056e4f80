package io.tunemall.catalog.search;

import io.tunemall.catalog.api.PriceFacet;
import io.tunemall.catalog.api.SearchPriceBand;
import io.tunemall.catalog.api.SearchFacet;
import io.tunemall.catalog.brand.Brand;
import io.tunemall.catalog.brand.Brands;
import io.tunemall.catalog.category.Categories;
import io.tunemall.catalog.category.Category;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.util.common.data.Range;
import org.springframework.stereotype.Component;

/**
 * The facets of a search: counts per brand, per category and per price band over all matches. The index holds ids;
 * names come from the catalog at query time, so a renamed brand shows its new name at once.
 */
@Component
class SearchFacets {

    static final AggregationKey<Map<Long, Long>> BRANDS = AggregationKey.of("brands");
    static final AggregationKey<Map<Long, Long>> CATEGORIES = AggregationKey.of("categories");
    static final AggregationKey<Map<Range<Long>, Long>> PRICES = AggregationKey.of("prices");
    /** More than a facet list can usefully show; the rest are reachable by narrowing the search. */
    static final int MAX_FACET_VALUES = 20;

    private final Brands brands;
    private final Categories categories;

    SearchFacets(Brands brands, Categories categories) {
        this.brands = brands;
        this.categories = categories;
    }

    AggregationFinalStep<Map<Long, Long>> brands(SearchAggregationFactory f) {
        return f.terms().field(ProductSearchMapping.BRAND_ID, Long.class).maxTermCount(MAX_FACET_VALUES);
    }

    AggregationFinalStep<Map<Long, Long>> categories(SearchAggregationFactory f) {
        return f.terms().field(ProductSearchMapping.CATEGORY_ID, Long.class).maxTermCount(MAX_FACET_VALUES);
    }

    AggregationFinalStep<Map<Range<Long>, Long>> prices(SearchAggregationFactory f) {
        return f.range().field(ProductSearchMapping.PRICE, Long.class)
                .ranges(Arrays.stream(SearchPriceBand.values()).map(SearchFacets::bounds).toList());
    }

    List<SearchFacet> brandsOf(SearchResult<?> result) {
        Map<Long, Long> counts = result.aggregation(BRANDS);
        Map<Long, String> names = brands.findAllById(counts.keySet()).stream()
                .collect(Collectors.toMap(Brand::id, Brand::name));
        return named(counts, names);
    }

    List<SearchFacet> categoriesOf(SearchResult<?> result) {
        Map<Long, Long> counts = result.aggregation(CATEGORIES);
        Map<Long, String> names = categories.findAllById(counts.keySet()).stream()
                .collect(Collectors.toMap(Category::id, Category::name));
        return named(counts, names);
    }

    List<PriceFacet> pricesOf(SearchResult<?> result) {
        Map<Range<Long>, Long> counts = result.aggregation(PRICES);
        return Arrays.stream(SearchPriceBand.values())
                .map(range -> new PriceFacet(range, counts.getOrDefault(bounds(range), 0L)))
                .filter(facet -> facet.count() > 0)
                .toList();
    }

    static Range<Long> bounds(SearchPriceBand range) {
        long min = range.min().won();
        return range.max().map(max -> Range.canonical(min, max.won())).orElseGet(() -> Range.atLeast(min));
    }

    /** Counts come most first from the index; a brand or category deleted since indexing is left out. */
    private static List<SearchFacet> named(Map<Long, Long> counts, Map<Long, String> names) {
        return counts.entrySet().stream()
                .filter(entry -> names.containsKey(entry.getKey()))
                .map(entry -> new SearchFacet(entry.getKey(), names.get(entry.getKey()), entry.getValue()))
                .toList();
    }
}
