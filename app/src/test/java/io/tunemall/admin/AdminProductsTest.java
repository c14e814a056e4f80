package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.CategoryRow;
import io.tunemall.catalog.api.EditableProduct;
import io.tunemall.catalog.api.PageSpec;
import io.tunemall.catalog.api.ProductFilter;
import io.tunemall.catalog.api.StoredImage;
import io.tunemall.catalog.api.VariantDraft;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.awt.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The owner's product pages against MariaDB. Products made here stay drafts or hidden unless a test needs the
 * storefront, so the demo shop's new-arrival lists that other tests read stay as they were.
 */
@IntegrationTest
class AdminProductsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration catalog;
    @Autowired
    AssortmentAdministration assortment;

    Cookie session;
    String unique;

    @BeforeEach
    void logIn() throws Exception {
        session = StaffSession.login(mvc);
        unique = Long.toString(System.nanoTime(), 36);
    }

    @Test
    void apply_options_builds_one_variant_row_per_colour_and_size_and_saves_nothing() throws Exception {
        String html = page(new ProductFormPost().set("name", "옵션 미리보기").set("slug", "preview-" + unique)
                .set("axes[0].name", "색상").set("axes[0].values", "블랙, 화이트")
                .set("axes[1].name", "사이즈").set("axes[1].values", "S, M, L")
                .set("apply", "options"));

        assertThat(html.split("class=\"variant-row\"")).hasSize(7);
        assertThat(html).contains("블랙 / S", "블랙 / L", "화이트 / M", "화이트 / L");
        assertThat(html).contains("value=\"PREVIEW-" + unique.toUpperCase() + "-6\"", "value=\"옵션 미리보기\"");
        assertThat(count("preview-" + unique)).isZero();
    }

    @Test
    void the_owner_creates_a_product_with_colour_and_size_options_and_pictures() throws Exception {
        String slug = "it-tee-" + unique;
        ProductFormPost form = ProductFormPost.tee("테스트 티셔츠 " + unique, slug, category("tops"), "DRAFT")
                .upload(0, "tee.png", "image/png", TestPictures.png(800, 1000, Color.BLUE), "")
                .upload(1, "tee-black.jpg", "image/jpeg", TestPictures.jpeg(900, 1200, Color.BLACK), "블랙");

        long id = created(mvc.perform(form.post("/admin/products/new", session))
                .andExpect(redirectedUrlPattern("/admin/products/*")).andReturn().getResponse().getRedirectedUrl());

        EditableProduct saved = catalog.product(id).orElseThrow();
        assertThat(saved.draft().axes()).extracting(axis -> axis.name() + "=" + axis.values())
                .containsExactly("색상=[블랙, 화이트]", "사이즈=[S, M]");
        assertThat(saved.draft().variants()).extracting(VariantDraft::label)
                .containsExactly("블랙 / S", "블랙 / M", "화이트 / S", "화이트 / M");
        assertThat(saved.draft().variants()).extracting(VariantDraft::stock).containsExactly(10, 3, 8, 12);
        assertThat(saved.draft().price().won()).isEqualTo(19_000);
        assertThat(saved.draft().tags()).containsExactlyInAnyOrder("여름", "코튼");
        assertThat(saved.images()).extracting(StoredImage::optionValue).containsExactly(null, "블랙");

        StoredImage black = saved.images().get(1);
        assertThat(black.cardUrl()).endsWith("-card.jpg");
        assertThat(TestPictures.widthOf(media(black.cardUrl()))).isEqualTo(300);
        assertThat(TestPictures.widthOf(media(black.detailUrl()))).isEqualTo(600);
        assertThat(TestPictures.widthOf(media(black.url()))).isEqualTo(900);
        assertThat(TestPictures.widthOf(media(saved.images().get(0).cardUrl()))).isEqualTo(300);

        mvc.perform(get("/admin/products/" + id).cookie(session)).andExpect(status().isOk());
        String tops = String.valueOf(category("tops"));
        assertThat(list("text=" + unique)).contains("테스트 티셔츠 " + unique, saved.images().get(0).cardUrl());
        assertThat(list("text=" + slug.toUpperCase() + "-2")).contains("테스트 티셔츠 " + unique);
        assertThat(list("text=" + unique + "&category=" + tops + "&status=DRAFT&stock=IN_STOCK"))
                .contains("테스트 티셔츠 " + unique);
        assertThat(list("text=" + unique + "&stock=LOW")).contains("테스트 티셔츠 " + unique);
        assertThat(list("text=" + unique + "&stock=SOLD_OUT")).doesNotContain("테스트 티셔츠 " + unique);
        assertThat(list("text=" + unique + "&status=ON_SALE")).doesNotContain("테스트 티셔츠 " + unique);
        assertThat(list("text=" + unique + "&category=" + category("shoes"))).doesNotContain("테스트 티셔츠 " + unique);
    }

    @Test
    void the_product_list_pages_and_sorts_the_whole_catalog() throws Exception {
        assertThat(list("sort=PRICE_LOW")).contains("상품 ", "1 / ");
        assertThat(list("sort=PRICE_LOW&page=1")).contains("rel=\"prev\"");
        // Other tests add products to the shop, so the order is checked inside one demo category of three bags.
        String bags = list("sort=PRICE_LOW&category=" + category("bags"));
        assertThat(bags.indexOf("캔버스 에코백")).isPositive().isLessThan(bags.indexOf("나일론 백팩"));
        assertThat(bags.indexOf("나일론 백팩")).isLessThan(bags.indexOf("소가죽 데일리 토트백"));
        String dearestFirst = list("sort=PRICE_HIGH&category=" + category("bags"));
        assertThat(dearestFirst.indexOf("소가죽 데일리 토트백")).isPositive().isLessThan(dearestFirst.indexOf("캔버스 에코백"));
    }

    private long category(String slug) {
        return assortment.categories().stream().filter(c -> c.slug().equals(slug)).mapToLong(CategoryRow::id)
                .findFirst().orElseThrow();
    }

    private long count(String text) {
        return catalog.products(new ProductFilter(text, null, null, null, null), new PageSpec(0, 10, null)).total();
    }

    private static long created(String redirect) {
        return Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1));
    }

    private String page(ProductFormPost form) throws Exception {
        return mvc.perform(form.post("/admin/products/new", session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String list(String query) throws Exception {
        return mvc.perform(get("/admin/products?" + query).cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private byte[] media(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("max-age=31536000")))
                .andReturn().getResponse().getContentAsByteArray();
    }
}
