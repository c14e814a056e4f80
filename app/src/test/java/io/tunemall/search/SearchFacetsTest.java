package io.tunemall.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tunemall.catalog.api.PriceFacet;
import io.tunemall.catalog.api.SearchPriceBand;
import io.tunemall.catalog.api.ProductCard;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchFacet;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchResult;
import io.tunemall.catalog.api.SearchSort;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Facet counts, filters, sorting and paging over a small assortment of this test's own. */
@IntegrationTest
class SearchFacetsTest {

    @Autowired
    ProductSearch search;
    @Autowired
    SearchTestCatalog catalog;

    String word;
    long tops;
    long shirts;
    long bottoms;
    long acme;
    long zenith;

    @BeforeEach
    void assortment() {
        word = SearchTestCatalog.uniqueWord();
        tops = catalog.category(null, "테스트 상의");
        shirts = catalog.category(tops, "테스트 셔츠");
        bottoms = catalog.category(null, "테스트 하의");
        acme = catalog.brand("에이크미 " + word);
        zenith = catalog.brand("제니스 " + word);
        catalog.product(word + " 옥스포드 셔츠", shirts, acme, 29_000, List.of());
        catalog.product(word + " 린넨 셔츠", shirts, acme, 45_000, List.of());
        catalog.product(word + " 반팔 티셔츠", tops, zenith, 19_000, List.of());
        catalog.product(word + " 와이드 슬랙스", bottoms, zenith, 120_000, List.of());
        long hidden = catalog.product(word + " 숨긴 슬랙스", bottoms, zenith, 99_000, List.of());
        catalog.setStatusInBulk(hidden, ProductStatus.HIDDEN);
        await().atMost(Duration.ofSeconds(10)).until(() -> search.search(SearchQuery.of(word)).total() == 4);
    }

    @Test
    void facets_count_every_match_by_brand_category_and_price_band() {
        SearchResult result = search.search(SearchQuery.of(word));

        assertThat(result.total()).isEqualTo(4);
        assertThat(result.brands()).containsExactlyInAnyOrder(
                new SearchFacet(acme, "에이크미 " + word, 2), new SearchFacet(zenith, "제니스 " + word, 2));
        assertThat(result.categories()).containsExactly(
                new SearchFacet(shirts, "테스트 셔츠", 2), new SearchFacet(tops, "테스트 상의", 1),
                new SearchFacet(bottoms, "테스트 하의", 1));
        assertThat(result.priceRanges()).containsExactly(
                new PriceFacet(SearchPriceBand.UNDER_30000, 2), new PriceFacet(SearchPriceBand.FROM_30000_TO_50000, 1),
                new PriceFacet(SearchPriceBand.FROM_100000_TO_200000, 1));
    }

    @Test
    void filters_narrow_the_matches_and_their_facets() {
        SearchResult acmeOnly = search.search(SearchQuery.of(word).withBrand(acme));
        assertThat(names(acmeOnly)).containsExactlyInAnyOrder(word + " 옥스포드 셔츠", word + " 린넨 셔츠");
        assertThat(acmeOnly.brands()).containsExactly(new SearchFacet(acme, "에이크미 " + word, 2));

        // A category includes the categories below it.
        SearchResult inTops = search.search(SearchQuery.of(word).withCategory(tops));
        assertThat(inTops.total()).isEqualTo(3);

        SearchResult cheap = search.search(SearchQuery.of(word).withPriceRange(SearchPriceBand.UNDER_30000));
        assertThat(names(cheap)).containsExactlyInAnyOrder(word + " 옥스포드 셔츠", word + " 반팔 티셔츠");
        SearchResult dear = search.search(SearchQuery.of(word).withPriceRange(SearchPriceBand.FROM_100000_TO_200000));
        assertThat(names(dear)).containsExactly(word + " 와이드 슬랙스");
    }

    @Test
    void results_sort_by_price_both_ways_and_page() {
        SearchQuery byPrice = SearchQuery.of(word).withSort(SearchSort.PRICE_ASC);
        assertThat(names(search.search(byPrice))).containsExactly(word + " 반팔 티셔츠", word + " 옥스포드 셔츠",
                word + " 린넨 셔츠", word + " 와이드 슬랙스");
        assertThat(names(search.search(SearchQuery.of(word).withSort(SearchSort.PRICE_DESC))).get(0))
                .isEqualTo(word + " 와이드 슬랙스");

        SearchQuery pageSizeThree = new SearchQuery(word, null, null, null, SearchSort.PRICE_ASC, 2, 3);
        SearchResult secondPage = search.search(pageSizeThree);
        assertThat(names(secondPage)).containsExactly(word + " 와이드 슬랙스");
        assertThat(secondPage.total()).isEqualTo(4);
        assertThat(secondPage.totalPages()).isEqualTo(2);
        assertThat(secondPage.hasPrevious()).isTrue();
        assertThat(secondPage.hasNext()).isFalse();
    }

    private static List<String> names(SearchResult result) {
        return result.hits().stream().map(ProductCard::name).toList();
    }
}
