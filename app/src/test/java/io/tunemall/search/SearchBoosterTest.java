package io.tunemall.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.CatalogSearchIndex;
import io.tunemall.catalog.api.ProductCard;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.api.SearchSort;
import io.tunemall.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Search boosters from tuning modules: applied to relevance ranking, and a broken one does not break search. */
@IntegrationTest
class SearchBoosterTest {

    @Autowired
    ProductSearch search;
    @Autowired
    SearchTestCatalog catalog;
    @Autowired
    CatalogSearchIndex index;

    @Test
    void a_booster_lifts_tagged_products_while_a_throwing_booster_is_skipped_and_reported() {
        String word = TagLiftingBooster.WORD + SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 부스터");
        // The plain product matches the text twice over (name and tag), so without boosts it ranks first.
        catalog.product(word + " 데님 자켓 " + word, category, null, 99_000, List.of(word));
        catalog.product(word + " 데님 셔츠", category, null, 59_000, List.of(TagLiftingBooster.TAG));
        catalog.product(word + " 데님 조끼", category, null, 49_000, List.of("booster-broken"));

        List<String> byRelevance = names(SearchQuery.of(word));
        List<String> byPrice = names(SearchQuery.of(word).withSort(SearchSort.PRICE_DESC));

        assertThat(byRelevance).hasSize(3);
        assertThat(byRelevance.get(0)).isEqualTo(word + " 데님 셔츠");
        assertThat(byRelevance.get(1)).as("the broken booster's boost was discarded").isNotEqualTo(word + " 데님 조끼");
        assertThat(byPrice.get(0)).as("boosts change relevance only").isEqualTo(word + " 데님 자켓 " + word);
        assertThat(index.boosterFailures()).anySatisfy(failure -> {
            assertThat(failure.booster()).isEqualTo(BrokenBooster.MODULE);
            assertThat(failure.lastError()).contains("the campaign service is down");
            assertThat(failure.failures()).isPositive();
        });
    }

    private List<String> names(SearchQuery query) {
        return search.search(query).hits().stream().map(ProductCard::name).toList();
    }
}
