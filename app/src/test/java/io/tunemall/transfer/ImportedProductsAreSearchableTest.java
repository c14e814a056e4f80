package io.tunemall.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.catalog.api.ProductsChangedInBulk;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** An import big enough to be announced in bulk still reaches the search index, although it bypasses the entities. */
@IntegrationTest
class ImportedProductsAreSearchableTest {

    static final int PRODUCTS = 60;

    @Autowired
    MockMvc mvc;
    @Autowired
    ProductTransfer transfer;
    @Autowired
    ProductSearch search;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transaction;

    final String key = "bulk-" + ImportDriver.unique();
    /** A word no other product has, in letters only (Nori splits words where letters meet digits). */
    final String word = "zq" + ImportDriver.unique().chars().map(c -> 'a' + c % 26)
            .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append);

    @AfterEach
    void hideTheImportFromTheOtherTests() {
        jdbc.update("UPDATE product SET status = 'HIDDEN', updated_at = CURRENT_TIMESTAMP(6) WHERE slug LIKE ?", key + "%");
        transaction.executeWithoutResult(status ->
                events.publishEvent(new ProductsChangedInBulk(Instant.now().minusSeconds(5), Instant.now(), PRODUCTS)));
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(SearchQuery.of(word)).total() == 0);
    }

    @Test
    void products_imported_in_bulk_are_found_by_search_once_the_import_commits() throws Exception {
        ImportDriver driver = new ImportDriver(mvc, transfer, jdbc);
        String category = driver.newCategory();
        Sheets file = Sheets.standard();
        for (int i = 0; i < PRODUCTS; i++) {
            file.product(key + "-" + i, word + " 린넨 셔츠 " + i, category, 39_000, 39_000, List.of("네이비"), List.of("M"), 3);
        }

        ProductImport job = driver.importAndWait("bulk.csv", file.csv(), "ALL_OR_NOTHING");

        assertThat(job.writtenRows()).isEqualTo(PRODUCTS);
        await().atMost(Duration.ofSeconds(20)).until(() -> search.search(SearchQuery.of(word)).total() == PRODUCTS);
    }
}
