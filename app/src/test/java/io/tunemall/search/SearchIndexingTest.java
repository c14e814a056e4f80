package io.tunemall.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tunemall.catalog.api.ProductCard;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.catalog.product.ProductStatus;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The index follows the catalog after every commit, whether the change went through the entities or around them. */
@IntegrationTest
class SearchIndexingTest {

    static final Duration AFTER_COMMIT = Duration.ofSeconds(10);

    @Autowired
    ProductSearch search;
    @Autowired
    SearchTestCatalog catalog;

    @Test
    void a_product_created_in_a_transaction_is_found_as_soon_as_it_commits() {
        String word = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 가방");
        assertThat(names(word)).isEmpty();

        catalog.product(word + " 캔버스 숄더백", category, null, 39_000, List.of());

        assertThat(names(word)).containsExactly(word + " 캔버스 숄더백");
        assertThat(names("숄더백을 " + word)).containsExactly(word + " 캔버스 숄더백");
    }

    @Test
    void a_tag_added_to_an_existing_product_is_searchable_after_commit() {
        String word = SearchTestCatalog.uniqueWord();
        String tag = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 모자");
        long product = catalog.product(word + " 볼캡", category, null, 25_000, List.of());
        assertThat(names(tag)).isEmpty();

        catalog.tag(product, tag);

        assertThat(names(tag)).containsExactly(word + " 볼캡");
    }

    @Test
    void a_product_renamed_in_bulk_sql_is_found_by_its_new_name_once_its_change_event_is_handled() {
        String oldWord = SearchTestCatalog.uniqueWord();
        String newWord = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 양말");
        long product = catalog.product(oldWord + " 스포츠 양말", category, null, 9_000, List.of());
        assertThat(names(oldWord)).hasSize(1);

        catalog.renameInBulk(product, newWord + " 스포츠 양말");

        await().atMost(AFTER_COMMIT).until(() -> names(newWord).size() == 1);
        assertThat(names(oldWord)).isEmpty();
    }

    @Test
    void a_hidden_product_is_not_found_and_a_sold_out_one_still_is() {
        String word = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 장갑");
        long hidden = catalog.product(word + " 가죽 장갑", category, null, 45_000, List.of());
        long soldOut = catalog.product(word + " 니트 장갑", category, null, 19_000, List.of());
        assertThat(names(word)).hasSize(2);

        catalog.setStatusInBulk(hidden, ProductStatus.HIDDEN);
        catalog.setStatusInBulk(soldOut, ProductStatus.SOLD_OUT);

        await().atMost(AFTER_COMMIT).until(() -> names(word).equals(List.of(word + " 니트 장갑")));
        ProductCard card = search.search(SearchQuery.of(word)).hits().get(0);
        assertThat(card.soldOut()).isTrue();
    }

    @Test
    void a_draft_product_is_not_found() {
        String word = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 벨트");
        long draft = catalog.product(word + " 가죽 벨트", category, null, 35_000, List.of());
        catalog.setStatusInBulk(draft, ProductStatus.DRAFT);

        await().atMost(AFTER_COMMIT).until(() -> names(word).isEmpty());
    }

    @Test
    void a_product_deleted_in_bulk_sql_leaves_the_index() {
        String word = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 스카프");
        long product = catalog.product(word + " 실크 스카프", category, null, 59_000, List.of());
        assertThat(search.search(SearchQuery.of(word)).total()).isOne();

        catalog.deleteInBulk(product);

        await().atMost(AFTER_COMMIT).until(() -> search.search(SearchQuery.of(word)).total() == 0);
    }

    @Test
    void a_renamed_brand_finds_its_products_by_the_new_name() {
        String oldName = SearchTestCatalog.uniqueWord();
        String newName = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 시계");
        long brand = catalog.brand(oldName);
        catalog.product("메탈 손목시계 " + SearchTestCatalog.uniqueWord(), category, brand, 149_000, List.of());
        assertThat(search.search(SearchQuery.of(oldName)).total()).isOne();

        catalog.renameBrand(brand, newName);

        await().atMost(AFTER_COMMIT).until(() -> search.search(SearchQuery.of(newName)).total() == 1);
        assertThat(search.search(SearchQuery.of(oldName)).total()).isZero();
    }

    private List<String> names(String text) {
        return search.search(SearchQuery.of(text)).hits().stream().map(ProductCard::name).toList();
    }
}
