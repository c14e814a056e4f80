package io.tunemall.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductImportProblem;
import io.tunemall.catalog.api.ProductImportStatus;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.support.IntegrationTest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProductImportTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProductTransfer transfer;
    @Autowired
    JdbcTemplate jdbc;

    ImportDriver driver;
    String category;
    String key;

    @BeforeEach
    void setUp() {
        driver = new ImportDriver(mvc, transfer, jdbc);
        category = driver.newCategory();
        key = "tee-" + ImportDriver.unique();
    }

    @Test
    void a_small_csv_creates_products_with_colour_by_size_variants() throws Exception {
        Sheets file = Sheets.standard()
                .product(key, "코튼 티셔츠", category, 19_000, 25_000, List.of("블랙", "화이트"), List.of("S", "M", "L"), 7)
                .product(key + "-2", "린넨 셔츠", category, 39_000, 39_000, List.of("네이비"), List.of("M", "L"), 3);

        ProductImport job = driver.importAndWait("products.csv", file.csv(), "ALL_OR_NOTHING");

        assertThat(job.status()).isEqualTo(ProductImportStatus.COMPLETED);
        assertThat(job.totalRows()).isEqualTo(8);
        assertThat(job.productsCreated()).isEqualTo(2);
        assertThat(job.badRows()).isZero();
        assertThat(variants(key)).containsExactly("블랙 / S", "블랙 / M", "블랙 / L", "화이트 / S", "화이트 / M", "화이트 / L");
        assertThat(jdbc.queryForList("SELECT CONCAT(o.axis, '=', o.option_value) FROM product_option o JOIN product p "
                + "ON p.id = o.product_id WHERE p.slug = ? ORDER BY o.sort_order", String.class, key))
                .containsExactly("색상=블랙", "색상=화이트", "사이즈=S", "사이즈=M", "사이즈=L");
        Map<String, Object> product = jdbc.queryForMap("SELECT name, price, list_price, status, summary FROM product "
                + "WHERE slug = ?", key);
        assertThat(product).containsEntry("name", "코튼 티셔츠").containsEntry("price", 19_000L)
                .containsEntry("list_price", 25_000L).containsEntry("status", "ON_SALE");
        assertThat(jdbc.queryForList("SELECT t.tag FROM product_tag t JOIN product p ON p.id = t.product_id "
                + "WHERE p.slug = ? ORDER BY t.tag", String.class, key)).containsExactly("봄", "신상");
        assertThat(jdbc.queryForObject("SELECT SUM(v.stock) FROM product_variant v JOIN product p ON p.id = v.product_id "
                + "WHERE p.slug = ?", Long.class, key)).isEqualTo(42);
    }

    @Test
    void a_small_xlsx_creates_the_same_products() throws Exception {
        Sheets file = Sheets.standard()
                .product(key, "울 니트", category, 69_000, 89_000, List.of("베이지", "네이비"), List.of("S", "M"), 4);

        ProductImport job = driver.importAndWait("products.xlsx", file.xlsx(), "ALL_OR_NOTHING");

        assertThat(job.status()).isEqualTo(ProductImportStatus.COMPLETED);
        assertThat(job.productsCreated()).isEqualTo(1);
        assertThat(variants(key)).containsExactly("베이지 / S", "베이지 / M", "네이비 / S", "네이비 / M");
        assertThat(jdbc.queryForObject("SELECT price FROM product WHERE slug = ?", Long.class, key)).isEqualTo(69_000);
    }

    @Test
    void a_cp949_csv_from_korean_excel_keeps_its_hangul() throws Exception {
        Sheets file = Sheets.standard()
                .product(key, "남성 스키니 청바지", category, 49_000, 59_000, List.of("블루"), List.of("M"), 2);

        ProductImport job = driver.importAndWait("excel.csv", file.csv(Charset.forName("x-windows-949")),
                "ALL_OR_NOTHING");

        assertThat(job.status()).isEqualTo(ProductImportStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT name FROM product WHERE slug = ?", String.class, key))
                .isEqualTo("남성 스키니 청바지");
        assertThat(variants(key)).containsExactly("블루 / M");
    }

    @Test
    void bad_rows_are_reported_by_line_and_reason_and_all_or_nothing_writes_nothing() throws Exception {
        byte[] before = driver.export("format=csv");
        long productsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM product", Long.class);
        Sheets file = badFile();

        ProductImport job = driver.importAndWait("bad.csv", file.csv(), "ALL_OR_NOTHING");

        assertThat(job.status()).isEqualTo(ProductImportStatus.REJECTED);
        assertThat(job.productsCreated()).isZero();
        assertThat(transfer.importProblems(job.id(), 100))
                .extracting(ProductImportProblem::line, ProductImportProblem::column, ProductImportProblem::code)
                .containsExactlyInAnyOrderElementsOf(EXPECTED_PROBLEMS);
        assertThat(driver.export("format=csv")).as("the catalog is exactly as before").isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product", Long.class)).isEqualTo(productsBefore);

        mvc.perform(get("/admin/products/import/" + job.id()).cookie(driver.session()))
                .andExpect(content().string(containsString("없는 카테고리입니다: no-such-category")))
                .andExpect(content().string(containsString("판매가(30000)가 정가(20000)보다 높습니다.")));
        String report = new String(driver.download("/admin/products/import/" + job.id() + "/problems.csv?lang=en"),
                StandardCharsets.UTF_8);
        assertThat(report).startsWith("\uFEFFLine,Product key,SKU,Column,Reason")
                .contains("4," + key + "-b,", "No such category: no-such-category")
                .contains("Same option combination as line 2.");
    }

    @Test
    void partial_mode_writes_good_products_whole_and_leaves_bad_ones_out_whole() throws Exception {
        Sheets file = badFile();

        ProductImport job = driver.importAndWait("bad.csv", file.csv(), "PARTIAL");

        assertThat(job.status()).isEqualTo(ProductImportStatus.COMPLETED);
        assertThat(job.productsCreated()).as("only the good product").isEqualTo(1);
        assertThat(variants(key + "-ok")).containsExactly("블랙 / S", "블랙 / M");
        for (String bad : List.of(key, key + "-b", key + "-c", key + "-d", key + "-e", key + "-f", key + "-g")) {
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE slug = ?", Long.class, bad))
                    .as("%s is not half written", bad).isZero();
        }
        assertThat(transfer.importProblems(job.id(), 100))
                .extracting(ProductImportProblem::line, ProductImportProblem::code)
                .contains(tuple(3, "product-has-bad-rows"));
        assertThat(job.badRows()).isEqualTo(file.rows() - 2);
    }

    /** Lines 2 to 13 (line 1 is the header); every product but {@code -ok} has something wrong. */
    private Sheets badFile() {
        String demoSku = jdbc.queryForObject("SELECT MIN(sku) FROM product_variant", String.class);
        return Sheets.standard()
                // Product one: the second row repeats the first row's options; the third disagrees on the name.
                .row(key + ",셔츠," + category + ",,ON_SALE,10000,10000,,,,,,,블랙,S," + key + "-1,0,1,,")
                .row(key + ",셔츠," + category + ",,ON_SALE,10000,10000,,,,,,,블랙,M," + key + "-2,0,1,,")
                .row(key + "-b,바지,no-such-category,,ON_SALE,10000,10000,,,,,,,블랙,S," + key + "-3,0,1,,")
                .row(key + "-c,코트," + category + ",,ON_SALE,30000,20000,,,,,,,블랙,S," + key + "-4,0,1,,")
                .row(key + "-d,니트," + category + ",,ON_SALE,1만원,20000,,,,,,,블랙,S," + key + "-5,0,1,,")
                .row(key + "-e,," + category + ",,ON_SALE,10000,10000,,,,,,,블랙,S," + key + "-6,0,1,,")
                .row(key + "-f,모자," + category + ",,ON_SALE,10000,10000,,,,,,,블랙,FREE," + demoSku + ",0,1,,")
                .row(key + "-ok,양말," + category + ",,ON_SALE,5000,5000,,,,,,,블랙,S," + key + "-7,0,1,,")
                .row(key + "-ok,양말," + category + ",,ON_SALE,5000,5000,,,,,,,블랙,M," + key + "-8,0,1,,")
                .row(key + ",셔츠," + category + ",,ON_SALE,10000,10000,,,,,,,블랙,S," + key + "-9,0,1,,")
                .row(key + ",셔츠 (오타)," + category + ",,ON_SALE,10000,10000,,,,,,,블랙,L," + key + "-10,0,1,,")
                .row(key + "-g,장갑," + category + ",,ON_SALE,10000,10000,,,,,,,블랙,S," + key + "-7,0,1,,");
    }

    private static final List<org.assertj.core.groups.Tuple> EXPECTED_PROBLEMS = List.of(
            tuple(4, "category", "unknown-category"),
            tuple(5, "price", "price-above-list-price"),
            tuple(6, "price", "bad-number"),
            tuple(7, "name", "required"),
            tuple(8, "sku", "sku-of-other-product"),
            tuple(11, "option:색상,사이즈", "duplicate-options"),
            tuple(12, "name", "inconsistent-product"),
            tuple(13, "sku", "duplicate-sku-in-file"));

    private List<String> variants(String slug) {
        return jdbc.queryForList("SELECT v.option_values FROM product_variant v JOIN product p ON p.id = v.product_id "
                + "WHERE p.slug = ? ORDER BY v.sort_order", String.class, slug);
    }
}
