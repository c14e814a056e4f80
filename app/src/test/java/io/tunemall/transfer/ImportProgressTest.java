package io.tunemall.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductImportStatus;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.support.IntegrationTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class ImportProgressTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProductTransfer transfer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /**
     * 2,000 rows, 1,000 products: the import writes 500 products per batch. An editor holding the last product
     * (as an admin edit in progress would) stops the import inside its second batch, which lets the test read the
     * progress of a job that is really running, from the database, as another node would.
     */
    @Test
    void a_running_import_shows_its_progress_and_a_second_import_is_refused_meanwhile() throws Exception {
        ImportDriver driver = new ImportDriver(mvc, transfer, jdbc);
        String category = driver.newCategory();
        String prefix = "bulk-" + ImportDriver.unique();
        String held = prefix + "-999";
        driver.importAndWait("held.csv", Sheets.standard()
                .product(held, "대량 상품 999", category, 1_999, 2_000, List.of("블랙"), List.of("S", "M"), 5).csv(), "PARTIAL");
        Sheets big = Sheets.standard();
        for (int i = 0; i < 1000; i++) {
            big.product(prefix + "-" + i, "대량 상품 " + i, category, 1_000 + i, 2_000, List.of("블랙"), List.of("S", "M"), 5);
        }
        assertThat(big.rows()).isEqualTo(2000);

        long id = -1;
        try (Connection editor = dataSource.getConnection()) {
            editor.setAutoCommit(false);
            // By primary key, as an edit in admin (UPDATE ... WHERE id = ? AND version = ?) locks it.
            try (PreparedStatement lock = editor.prepareStatement("SELECT id FROM product WHERE id = ? FOR UPDATE")) {
                lock.setLong(1, jdbc.queryForObject("SELECT id FROM product WHERE slug = ?", Long.class, held));
                lock.executeQuery().close();
            }
            id = ImportDriver.started(driver.upload("big.csv", big.csv(), "PARTIAL"));

            String progress = awaitWritingProgress(driver, id);
            assertThat(JsonPath.<Integer>read(progress, "$.totalRows")).isEqualTo(2000);
            assertThat(JsonPath.<Integer>read(progress, "$.validatedRows")).isEqualTo(2000);
            assertThat(JsonPath.<Integer>read(progress, "$.writtenRows")).isEqualTo(1000);
            assertThat(JsonPath.<Boolean>read(progress, "$.running")).isTrue();
            assertThat(JsonPath.<Integer>read(progress, "$.percent")).isBetween(50, 99);
            assertThat(JsonPath.<String>read(progress, "$.statusLabel")).isEqualTo("저장 중");

            mvc.perform(get("/admin/products/import/" + id).cookie(driver.session()))
                    .andExpect(content().string(containsString("data-running=\"true\"")))
                    .andExpect(content().string(containsString("/admin/assets/import-progress.js")))
                    .andExpect(content().string(containsString("저장 중")));
            MvcResult second = driver.upload("second.csv", Sheets.standard()
                    .product(prefix + "-x", "두 번째", category, 1_000, 1_000, List.of("블랙"), List.of("S"), 1).csv(),
                    "PARTIAL");
            assertThat(second.getResponse().getRedirectedUrl()).as("refused, not started").isNull();
            assertThat(second.getResponse().getContentAsString()).contains("다른 가져오기가 진행 중입니다");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE slug = ?", Long.class, prefix + "-x"))
                    .isZero();
        } finally {
            if (id > 0) {
                driver.await(id);
            }
        }

        ProductImport done = driver.await(id);
        assertThat(done.status()).isEqualTo(ProductImportStatus.COMPLETED);
        assertThat(done.productsCreated()).isEqualTo(999);
        assertThat(done.productsUnchanged()).isEqualTo(1);
        assertThat(done.writtenRows()).isEqualTo(2000);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE slug LIKE ?", Long.class, prefix + "-%"))
                .isEqualTo(1000);
        mvc.perform(get("/admin/products/import/" + id + "/status").cookie(driver.session()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"running\":false")));
    }

    private String awaitWritingProgress(ImportDriver driver, long id) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(40));
        String last = "";
        while (Instant.now().isBefore(deadline)) {
            last = mvc.perform(get("/admin/products/import/" + id + "/status").cookie(driver.session()))
                    .andReturn().getResponse().getContentAsString();
            if (last.contains("\"status\":\"WRITING\"") && !last.contains("\"writtenRows\":0")) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No writing progress seen; last status: " + last);
    }
}
