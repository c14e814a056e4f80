package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.AssortmentAdministration;
import io.tunemall.catalog.api.CatalogAdministration;
import io.tunemall.catalog.api.CategoryRow;
import io.tunemall.catalog.api.PageSpec;
import io.tunemall.catalog.api.ProductFilter;
import io.tunemall.platform.media.MediaStore;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.awt.Color;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** What the product form refuses, and who may use it at all. */
@IntegrationTest
class AdminProductRulesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    CatalogAdministration catalog;
    @Autowired
    AssortmentAdministration assortment;
    @Autowired
    MediaStore media;

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
    void unreadable_and_invalid_input_gets_messages_next_to_the_fields_and_the_form_keeps_what_was_typed()
            throws Exception {
        byte[] huge = new byte[11 * 1024 * 1024];
        System.arraycopy(TestPictures.png(10, 10, Color.RED), 0, huge, 0, 8);
        ProductFormPost form = ProductFormPost.tee("잘못된 상품 " + unique, "Bad Slug", tops, "DRAFT")
                .set("price", "30000").set("listPrice", "20000").set("salePrice", "만원")
                .variant(1, "블랙 / M", "BAD-" + unique + "-1", "0", "-3", "")
                .variant(2, "화이트 / S", "BAD-" + unique + "-1", "0", "8", "")
                .upload(0, "anim.gif", "image/gif", TestPictures.gif(20, 20), "")
                .upload(1, "huge.png", "image/png", huge, "블랙");

        String html = mvc.perform(form.post("/admin/products/new", session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("저장하지 못했습니다", "영문 소문자, 숫자, 하이픈(-)만 쓸 수 있고",
                "판매가는 정상가보다 클 수 없습니다.", "금액은 0 이상의 숫자로 입력해 주세요.", "재고는 0 이상이어야 합니다.",
                "SKU BAD-" + unique + "-1이(가) 이 상품 안에서 중복되었습니다.",
                "anim.gif: JPEG 또는 PNG 이미지만 올릴 수 있습니다.", "huge.png: 파일이 10MB를 넘습니다.",
                "이미지 파일을 다시 선택해 주세요");
        assertThat(input(html, "slug")).contains("value=\"Bad Slug\"", "class=\"invalid\"");
        assertThat(input(html, "salePrice")).contains("value=\"만원\"", "class=\"invalid\"");
        assertThat(input(html, "variants[1].stock")).contains("value=\"-3\"", "class=\"invalid\"");
        assertThat(input(html, "variants[0].stock")).doesNotContain("invalid");
        assertThat(count("잘못된 상품 " + unique)).isZero();
    }

    @Test
    void a_refused_product_writes_nothing_not_even_its_pictures() throws Exception {
        String takenSku = "IT-TEE-" + unique.toUpperCase() + "-1";
        mvc.perform(ProductFormPost.tee("먼저 만든 티셔츠 " + unique, "it-tee-" + unique, tops, "DRAFT")
                        .post("/admin/products/new", session))
                .andExpect(redirectedUrlPattern("/admin/products/*"));
        byte[] picture = TestPictures.png(640, 800, new Color((int) (System.nanoTime() & 0xFFFFFF)));

        String html = mvc.perform(ProductFormPost.tee("거절될 티셔츠 " + unique, "it-refused-" + unique, tops, "DRAFT")
                        .set("axes[1].values", "S, M, L")
                        .variant(0, "블랙 / S", takenSku, "0", "1", "")
                        .upload(0, "refused.png", "image/png", picture, "")
                        .post("/admin/products/new", session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("[옵션 적용]을 눌러 조합을 다시 만들어 주세요", "SKU " + takenSku + "은(는) 다른 상품이 사용 중입니다.");
        assertThat(count("거절될 티셔츠 " + unique)).isZero();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(picture));
        assertThat(media.exists("products/" + hash.substring(0, 2) + "/" + hash + ".png")).isFalse();
        assertThat(media.exists("products/" + hash.substring(0, 2) + "/" + hash + "-card.png")).isFalse();
    }

    @Test
    void the_description_is_sanitized_before_it_is_stored() throws Exception {
        String description = "<p>부드러운 <b>원단</b>과 <a href=\"https://example.com/size\">사이즈 안내</a></p>"
                + "<script>alert('xss')</script><img src=\"/media/demo/x.png\" alt=\"착용\" onerror=\"alert(1)\">"
                + "<a href=\"javascript:alert(2)\">클릭</a><div style=\"position:fixed\" onclick=\"steal()\">끝</div>";
        String redirect = mvc.perform(ProductFormPost.tee("설명 정리 " + unique, "it-clean-" + unique, tops, "DRAFT")
                        .set("description", description).post("/admin/products/new", session))
                .andExpect(redirectedUrlPattern("/admin/products/*")).andReturn().getResponse().getRedirectedUrl();

        String stored = catalog.product(Long.parseLong(redirect.substring(redirect.lastIndexOf('/') + 1)))
                .orElseThrow().draft().description();

        assertThat(stored).contains("<b>원단</b>", "href=\"https://example.com/size\"", "src=\"/media/demo/x.png\"",
                "alt=\"착용\"", "끝");
        assertThat(stored).doesNotContain("<script", "alert", "onerror", "onclick", "javascript:", "position:fixed");
    }

    @Test
    void a_request_without_a_staff_login_is_refused_and_writes_nothing() throws Exception {
        mvc.perform(get("/admin/products")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/products/new")).andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/categories")).andExpect(redirectedUrl("/admin/login"));

        mvc.perform(multipart("/admin/products/new").param("name", "몰래 등록 " + unique)
                        .param("slug", "sneaky-" + unique).param("categoryId", String.valueOf(tops))
                        .param("status", "ON_SALE").param("price", "1000").param("listPrice", "1000").with(csrf()))
                .andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/brands").param("name", "몰래 브랜드").param("slug", "sneaky-" + unique).with(csrf()))
                .andExpect(redirectedUrl("/admin/login"));
        mvc.perform(post("/admin/products/new").cookie(session).param("name", "토큰 없음 " + unique))
                .andExpect(status().isForbidden());

        assertThat(count("몰래 등록 " + unique)).isZero();
        assertThat(count("토큰 없음 " + unique)).isZero();
        assertThat(assortment.brands()).noneMatch(brand -> brand.slug().equals("sneaky-" + unique));
    }

    private long count(String text) {
        return catalog.products(new ProductFilter(text, null, null, null, null), new PageSpec(0, 10, null)).total();
    }

    /** The input element of a form field, to see that its error mark and its typed value are on it. */
    private static String input(String html, String field) {
        Matcher matcher = Pattern.compile("<input[^>]*name=\"" + Pattern.quote(field) + "\"[^>]*>").matcher(html);
        assertThat(matcher.find()).as("an input named " + field).isTrue();
        return matcher.group();
    }
}
