package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.CategoryRow;
import io.tunemall.catalog.api.OptionAxis;
import io.tunemall.catalog.api.ProductDraft;
import io.tunemall.catalog.api.Purchasables;
import io.tunemall.catalog.api.SaleStatus;
import io.tunemall.catalog.api.VariantDraft;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class AdminProductEditingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration catalog;
    @Autowired
    AssortmentAdministration assortment;
    @Autowired
    Purchasables purchasables;
    @Autowired
    JdbcTemplate jdbc;

    Cookie session;
    String unique;
    long tops;

    @BeforeEach
    void logIn() throws Exception {
        session = StaffSession.login(mvc);
        unique = Long.toString(System.nanoTime(), 36);
        tops = assortment.categories().stream().filter(c -> c.slug().equals("tops")).mapToLong(CategoryRow::id)
                .findFirst().orElseThrow();
    }

    @Test
    void an_edit_in_admin_shows_on_the_storefront_home_at_once() throws Exception {
        long id = catalog.create(hiddenKnit("숨겨 둔 니트 " + unique));
        String before = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(before).doesNotContain("숨겨 둔 니트 " + unique);

        String html = mvc.perform(get("/admin/products/" + id).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("value=\"숨겨 둔 니트 " + unique + "\"", "네이비 / M", "네이비 / L");

        long version = catalog.product(id).orElseThrow().version();
        mvc.perform(knitForm("오늘 공개한 니트 " + unique, "ON_SALE", "35,000", version).post("/admin/products/" + id, session))
                .andExpect(redirectedUrl("/admin/products/" + id));

        String home = mvc.perform(get("/")).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("오늘 공개한 니트 " + unique, "/products/it-knit-" + unique, "35,000원");
        assertThat(catalog.product(id).orElseThrow().draft().variants()).extracting(VariantDraft::stock)
                .containsExactly(7, 0);

        // Hidden again, so the demo shop's new arrivals that other tests read are as they were.
        mvc.perform(knitForm("오늘 공개한 니트 " + unique, "HIDDEN", "35,000", version + 1).post("/admin/products/" + id, session))
                .andExpect(redirectedUrl("/admin/products/" + id));
        assertThat(mvc.perform(get("/")).andReturn().getResponse().getContentAsString())
                .doesNotContain("오늘 공개한 니트 " + unique);
    }

    @Test
    void an_edit_started_before_someone_elses_save_is_refused_and_keeps_the_newer_version() throws Exception {
        long id = catalog.create(hiddenKnit("먼저 저장된 니트 " + unique));
        long version = catalog.product(id).orElseThrow().version();
        mvc.perform(knitForm("첫 번째 수정 " + unique, "HIDDEN", "38000", version).post("/admin/products/" + id, session))
                .andExpect(redirectedUrl("/admin/products/" + id));

        String html = mvc.perform(knitForm("늦은 수정 " + unique, "HIDDEN", "30000", version)
                        .post("/admin/products/" + id, session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("다른 사람이 먼저 수정했습니다", "value=\"늦은 수정 " + unique + "\"");
        assertThat(catalog.product(id).orElseThrow().draft().name()).isEqualTo("첫 번째 수정 " + unique);
    }

    @Test
    void changing_the_sizes_keeps_what_stays_and_lets_a_sku_move_to_a_new_combination() throws Exception {
        long id = catalog.create(hiddenKnit("사이즈 바뀌는 니트 " + unique));
        long version = catalog.product(id).orElseThrow().version();
        ProductFormPost form = knitForm("사이즈 바뀌는 니트 " + unique, "HIDDEN", "39000", version)
                .set("axes[1].values", "L, XL");

        String applied = mvc.perform(form.set("apply", "options").post("/admin/products/" + id, session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(applied.split("class=\"variant-row\"")).hasSize(3);
        assertThat(applied).contains("네이비 / L", "네이비 / XL", "value=\"IT-KNIT-" + unique + "-2\"")
                .doesNotContain("네이비 / M");

        mvc.perform(knitForm("사이즈 바뀌는 니트 " + unique, "HIDDEN", "39000", version)
                        .set("axes[1].values", "L, XL")
                        .variant(0, "네이비 / L", "IT-KNIT-" + unique + "-2", "2000", "4", "")
                        .variant(1, "네이비 / XL", "IT-KNIT-" + unique + "-1", "3000", "6", "")
                        .post("/admin/products/" + id, session))
                .andExpect(redirectedUrl("/admin/products/" + id));

        assertThat(catalog.product(id).orElseThrow().draft().variants())
                .extracting(v -> v.label() + " " + v.sku() + " " + v.priceDifference().won() + " " + v.stock())
                .containsExactly("네이비 / L IT-KNIT-" + unique + "-2 2000 4", "네이비 / XL IT-KNIT-" + unique + "-1 3000 6");
    }

    @Test
    void ticking_tax_free_in_the_form_makes_the_product_tax_free_for_checkout_and_unticking_makes_it_taxable()
            throws Exception {
        long id = catalog.create(hiddenKnit("면세 니트 " + unique));
        long variant = purchasables.bySkus(List.of("IT-KNIT-" + unique + "-1")).values().iterator().next().variantId();
        assertThat(purchasables.byVariantIds(List.of(variant)).get(variant).taxFree()).as("taxable by default").isFalse();

        long version = catalog.product(id).orElseThrow().version();
        mvc.perform(knitForm("면세 니트 " + unique, "HIDDEN", "35,000", version).set("taxFree", "true")
                .set("_taxFree", "on").post("/admin/products/" + id, session))
                .andExpect(redirectedUrl("/admin/products/" + id));

        assertThat(catalog.product(id).orElseThrow().draft().taxFree()).isTrue();
        assertThat(purchasables.byVariantIds(List.of(variant)).get(variant).taxFree()).isTrue();
        String html = mvc.perform(get("/admin/products/" + id).cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(html).containsPattern("name=\"taxFree\"[^>]*checked=\"checked\"").contains("면세 상품");

        // An unticked box is not sent at all: only Spring's marker field is.
        mvc.perform(knitForm("면세 니트 " + unique, "HIDDEN", "35,000", version + 1).set("_taxFree", "on")
                .post("/admin/products/" + id, session)).andExpect(redirectedUrl("/admin/products/" + id));

        assertThat(purchasables.byVariantIds(List.of(variant)).get(variant).taxFree()).isFalse();
        assertThat(mvc.perform(get("/admin/products/" + id).cookie(session)).andReturn().getResponse()
                .getContentAsString()).doesNotContainPattern("name=\"taxFree\"[^>]*checked=\"checked\"");
    }

    @Test
    void stock_typed_in_the_form_changes_the_stock_by_the_difference_so_units_sold_while_it_was_open_stay_sold()
            throws Exception {
        long id = catalog.create(hiddenKnit("재고 니트 " + unique));
        String form = mvc.perform(get("/admin/products/" + id).cookie(session)).andReturn().getResponse()
                .getContentAsString();
        assertThat(form).contains("name=\"variants[0].shownStock\" value=\"5\"");
        long version = catalog.product(id).orElseThrow().version();
        // Three units of M sell while the owner has the form open.
        jdbc.update("UPDATE product_variant SET stock = stock - 3 WHERE sku = ?", "IT-KNIT-" + unique + "-1");

        // M left as shown (5), L raised from 5 to 9 for a delivery of four.
        mvc.perform(knitForm("재고 니트 " + unique, "HIDDEN", "39,000", version)
                        .set("variants[0].stock", "5").set("variants[0].shownStock", "5")
                        .set("variants[1].stock", "9").set("variants[1].shownStock", "5")
                        .post("/admin/products/" + id, session))
                .andExpect(redirectedUrl("/admin/products/" + id));

        assertThat(catalog.product(id).orElseThrow().draft().variants()).extracting(VariantDraft::stock)
                .containsExactly(2, 9);
    }

    @Test
    void an_unknown_product_is_a_404() throws Exception {
        mvc.perform(get("/admin/products/987654321").cookie(session)).andExpect(status().isNotFound());
    }

    private ProductDraft hiddenKnit(String name) {
        return new ProductDraft(name, "it-knit-" + unique, tops, null, SaleStatus.HIDDEN, Money.won(39_000),
                Money.won(45_000), null, "부드러운 니트", null, List.of("니트"),
                List.of(new OptionAxis("색상", List.of("네이비")), new OptionAxis("사이즈", List.of("M", "L"))),
                List.of(new VariantDraft(List.of("네이비", "M"), "IT-KNIT-" + unique + "-1", Money.ZERO, 5, null),
                        new VariantDraft(List.of("네이비", "L"), "IT-KNIT-" + unique + "-2", Money.won(2_000), 5, null)),
                List.of());
    }

    private ProductFormPost knitForm(String name, String status, String price, long version) {
        return new ProductFormPost().set("version", String.valueOf(version)).set("name", name)
                .set("slug", "it-knit-" + unique).set("categoryId", String.valueOf(tops)).set("brandId", "")
                .set("status", status).set("price", price).set("listPrice", "45,000").set("summary", "부드러운 니트")
                .set("tags", "니트").set("axes[0].name", "색상").set("axes[0].values", "네이비")
                .set("axes[1].name", "사이즈").set("axes[1].values", "M, L")
                .variant(0, "네이비 / M", "IT-KNIT-" + unique + "-1", "0", "7", "8801234567890")
                .variant(1, "네이비 / L", "IT-KNIT-" + unique + "-2", "2000", "0", "");
    }
}
