package io.tunemall.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.catalog.api.ProductImport;
import io.tunemall.catalog.api.ProductImportStatus;
import io.tunemall.catalog.api.ProductTransfer;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.support.IntegrationTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ProductExportRoundTripTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ProductTransfer transfer;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MediaStore media;

    ImportDriver driver;
    String category;
    String key;
    String brand;

    @BeforeEach
    void setUp() {
        driver = new ImportDriver(mvc, transfer, jdbc);
        category = driver.newCategory();
        key = "coat-" + ImportDriver.unique();
        brand = "브랜드 " + key;
        jdbc.update("INSERT INTO brand (name, slug, created_at) VALUES (?, ?, CURRENT_TIMESTAMP(6))", brand, key);
        media.store("it/" + key + "/main.jpg", new byte[] {1});
        media.store("it/" + key + "/black.jpg", new byte[] {2});
        media.store("it/" + key + "/black-2.jpg", new byte[] {3});
    }

    /** Every column of the format in use: brand, sale window, tags, images, barcode, negative price difference. */
    private Sheets everything() {
        String common = key + ",울 코트," + category + "," + brand + ",ON_SALE,189000,259000,159000,"
                + "2026-12-01 09:00:00,2026-12-25 00:00:00,\"가볍고 따뜻한, 울 코트\",겨울|아우터,it/" + key + "/main.jpg,";
        return Sheets.standard()
                .row(common + "블랙,M," + key + "-BK-M,0,3,8801234567890,it/" + key + "/black.jpg|it/" + key + "/black-2.jpg")
                .row(common + "블랙,S," + key + "-BK-S,-1000,0,0012,it/" + key + "/black.jpg|it/" + key + "/black-2.jpg")
                .row(common + "베이지,M," + key + "-BE-M,5000,9,,")
                .product(key + "-2", "면 티셔츠", category, 10_000, 12_000, List.of("화이트"), List.of("S", "M"), 1);
    }

    @Test
    void an_exported_csv_imports_back_without_changing_anything() throws Exception {
        assertThat(driver.importAndWait("first.csv", everything().csv(), "ALL_OR_NOTHING").productsCreated()).isEqualTo(2);
        Map<String, Object> before = snapshot();

        byte[] exported = driver.export("format=csv&category=" + category);
        ProductImport again = driver.importAndWait("again.csv", exported, "ALL_OR_NOTHING");

        assertThat(again.status()).isEqualTo(ProductImportStatus.COMPLETED);
        assertThat(again.productsUnchanged()).isEqualTo(2);
        assertThat(again.productsUpdated()).isZero();
        assertThat(again.productsCreated()).isZero();
        assertThat(snapshot()).isEqualTo(before);
        String csv = new String(exported, StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFproduct_key,name,category,brand,status,price,list_price,sale_price")
                .contains(key + "-BK-S,-1000,0,0012,it/" + key + "/black.jpg|it/" + key + "/black-2.jpg")
                .contains("2026-12-01 09:00:00");
    }

    @Test
    void an_exported_xlsx_imports_back_without_changing_anything_and_an_edit_updates_only_that() throws Exception {
        driver.importAndWait("first.csv", everything().csv(), "ALL_OR_NOTHING");
        Map<String, Object> before = snapshot();

        ProductImport again = driver.importAndWait("again.xlsx", driver.export("format=xlsx&category=" + category),
                "PARTIAL");

        assertThat(again.productsUnchanged()).isEqualTo(2);
        assertThat(again.badRows()).isZero();
        assertThat(snapshot()).isEqualTo(before);

        String edited = new String(driver.export("format=csv&category=" + category), StandardCharsets.UTF_8)
                .replace(key + "-BE-M,5000,9,", key + "-BE-M,5000,4,");
        ProductImport edit = driver.importAndWait("edit.csv", edited.getBytes(StandardCharsets.UTF_8), "ALL_OR_NOTHING");

        assertThat(edit.productsUpdated()).isEqualTo(1);
        assertThat(edit.productsUnchanged()).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT stock FROM product_variant WHERE sku = ?", Integer.class, key + "-BE-M"))
                .isEqualTo(4);
        assertThat(jdbc.queryForObject("SELECT version FROM product WHERE slug = ?", Long.class, key))
                .isEqualTo((Long) before.get(key + ".version") + 1);
    }

    /** Everything stored about this test's two products, as plain values. */
    private Map<String, Object> snapshot() {
        Map<String, Object> all = new java.util.TreeMap<>();
        for (String slug : List.of(key, key + "-2")) {
            Map<String, Object> product = jdbc.queryForMap("SELECT * FROM product WHERE slug = ?", slug);
            product.forEach((column, value) -> all.put(slug + "." + column.toLowerCase(), String.valueOf(value)));
            all.put(slug + ".version", ((Number) product.get("version")).longValue());
            Object id = product.get("id");
            all.put(slug + ".variants", jdbc.queryForList("SELECT CONCAT_WS('|', id, sku, option_values, price_delta, "
                    + "stock, COALESCE(barcode, '-'), sort_order) FROM product_variant WHERE product_id = ? ORDER BY id",
                    String.class, id));
            all.put(slug + ".options", jdbc.queryForList("SELECT CONCAT_WS('|', id, axis, option_value, sort_order) "
                    + "FROM product_option WHERE product_id = ? ORDER BY id", String.class, id));
            all.put(slug + ".images", jdbc.queryForList("SELECT CONCAT_WS('|', id, COALESCE(option_value, '-'), path, "
                    + "sort_order) FROM product_image WHERE product_id = ? ORDER BY id", String.class, id));
            all.put(slug + ".tags", jdbc.queryForList("SELECT tag FROM product_tag WHERE product_id = ? ORDER BY tag",
                    String.class, id));
        }
        return all;
    }
}
