package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.sdk.Money;
import io.tunemall.storefront.CatalogFixture;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * The example modules of {@code tuning-examples/}, as jars compiled against the SDK 1.0.0 baseline alone and dropped in
 * the tuning folder (BaselineBuiltModules), doing their job on the current platform: in admin, on the storefront and
 * in the API, through the real security chains and database.
 */
@IntegrationTest
class ExampleModulesOnThePlatformTest {

    static final String ORIGIN = "examples.country-of-origin";
    static final String CERTIFICATES = "examples.product-certificates";
    static final String FIT_FINDER = "examples.fit-finder";
    static final String DELIVERY = "examples.scheduled-delivery";
    static final String DELIVERY_INPUT = "custom:examples.scheduled-delivery:delivery";
    static final byte[] PDF = "%PDF-1.7 KC 안전확인 신고증명서".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    @Autowired
    MockMvc mvc;
    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;

    CatalogFixture fixture;
    Cookie owner;

    @BeforeEach
    void logIn() throws Exception {
        fixture = new CatalogFixture(context);
        owner = mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void country_of_origin_adds_a_field_to_the_product_form_and_shows_it_by_the_price_and_on_cards() throws Exception {
        lifecycle.install(ORIGIN);
        long category = fixture.category("origin");
        long kimchi = fixture.product(category, "kimchi", 50_000, 50_000, 1, p -> { });

        assertThat(html(get("/admin/products/" + kimchi).cookie(owner))).contains("name=\"custom:examples.country-of-origin:origin\"");
        jdbc.update("INSERT INTO custom_field_value (entity_type, entity_id, module_id, field_key, text_value, updated_at) "
                + "VALUES ('PRODUCT', ?, ?, 'origin', '국내산', CURRENT_TIMESTAMP)", String.valueOf(kimchi), ORIGIN);

        assertThat(html(get("/products/" + fixture.slug("kimchi"))))
                .contains("<p class=\"origin\"><span>원산지</span>: <strong>국내산</strong></p>", "<dt>원산지</dt>");
        assertThat(html(get("/categories/" + fixture.slug("origin"))))
                .contains("<span class=\"badge origin-badge\">국내산</span>");
    }

    @Test
    void product_certificates_are_uploaded_from_the_admin_product_page_and_downloaded_by_shoppers() throws Exception {
        lifecycle.install(CERTIFICATES);
        long rice = fixture.product(fixture.category("certified"), "brown-rice", 32_000, 32_000, 1, p -> { });

        String admin = html(get("/admin/products/" + rice).cookie(owner));
        assertThat(admin).contains("id=\"certificates\"", "action=\"/admin/t/examples.product-certificates/products/" + rice
                + "/certificates\"", "<a href=\"/admin/t/examples.product-certificates/certificates\" data-module=\"" + CERTIFICATES + "\">품질 인증서</a>");

        mvc.perform(multipart("/admin/t/examples.product-certificates/products/" + rice + "/certificates")
                        .file(new MockMultipartFile("file", "kc.pdf", "application/pdf", PDF))
                        .param("title", "KC 안전확인").param("issuer", "KTR").cookie(owner).with(csrf()))
                .andExpect(status().isSeeOther())
                .andExpect(header().string("Location", "/admin/products/" + rice + "#certificates"));

        String page = html(get("/products/" + fixture.slug("brown-rice")));
        Matcher link = Pattern.compile("href=\"(/t/examples\\.product-certificates/certificates/\\d+)\"").matcher(page);
        assertThat(link.find()).as("a download link on the product page").isTrue();
        assertThat(page).contains("<span>KC 안전확인</span>");
        mvc.perform(get(link.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(content().bytes(PDF));

        lifecycle.disable(CERTIFICATES);
        assertThat(html(get("/products/" + fixture.slug("brown-rice")))).doesNotContain("certificates/");
        mvc.perform(get(link.group(1))).andExpect(status().isNotFound());

        lifecycle.uninstall(CERTIFICATES, false);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name LIKE 'tm_examples_product_certificates%'", Integer.class)).isZero();
    }

    @Test
    void a_certificate_that_is_not_a_document_is_refused_with_the_reason() throws Exception {
        lifecycle.install(CERTIFICATES);
        long rice = fixture.product(fixture.category("refused"), "white-rice", 32_000, 32_000, 1, p -> { });

        String refused = mvc.perform(multipart("/admin/t/examples.product-certificates/products/" + rice + "/certificates")
                        .file(new MockMultipartFile("file", "run.exe", "application/pdf", "MZ-not-a-pdf".getBytes()))
                        .param("title", "가짜").cookie(owner).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("PDF, JPEG, PNG 파일만 올릴 수 있습니다: run.exe", "class=\"sidebar\"");
    }

    @Test
    void fit_finder_recommends_in_stock_sizes_as_the_erp_reports_them() throws Exception {
        lifecycle.install(FIT_FINDER);
        long category = fixture.category("fits");
        fixture.product(category, "slim-tee", 19_000, 19_000, 1, p -> sized(p, "slim-tee", 5));
        fixture.product(category, "slim-shirt", 39_000, 39_000, 2, p -> sized(p, "slim-shirt", 0));
        fixture.product(category, "relaxed-hood", 49_000, 49_000, 3, p -> {
            p.tag("fit:relaxed");
            p.tag("gender:women");
            p.addOptionValue("사이즈", "M");
            p.addVariant(fixture.slug("RELAXED-M"), "M", Money.ZERO, 9);
        });

        mvc.perform(post("/admin/tuning/examples.fit-finder/settings").cookie(owner).with(csrf())
                        .param("results", "24").param("sizeAxis", "사이즈").param("erpKey", "erp-key-0123456789"))
                .andExpect(redirectedUrl("/admin/tuning/examples.fit-finder/settings"));
        mvc.perform(post("/api/v1/t/examples.fit-finder/inventory").header("X-ERP-Key", "erp-key-0123456789")
                        .contentType("text/csv").content("sku,quantity\n" + fixture.slug("SLIM-SHIRT-M") + ",3\n"
                                + fixture.slug("SLIM-TEE-M") + ",0\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.received").value(2));
        mvc.perform(post("/api/v1/t/examples.fit-finder/inventory").header("X-ERP-Key", "guess")
                        .content(fixture.slug("SLIM-TEE-M") + ",99"))
                .andExpect(status().isUnauthorized());

        assertThat(html(get("/t/examples.fit-finder/"))).contains("나에게 맞는 핏 찾기", "name=\"_csrf\"", "class=\"site-header\"");
        String results = html(post("/t/examples.fit-finder/").with(csrf())
                .param("gender", "women").param("size", "M").param("fit", "slim"));
        assertThat(results).contains(fixture.slug("slim-shirt"), "3개 남음")
                .as("no M left by the ERP's count, whatever the shop's own says").doesNotContain(fixture.slug("slim-tee"))
                .as("another fit").doesNotContain(fixture.slug("relaxed-hood"));

        assertThat(html(get("/admin/t/examples.fit-finder/answers").cookie(owner))).contains("<h1>핏 파인더</h1>", "SLIM");
    }

    @Test
    void scheduled_delivery_lets_the_shopper_book_a_slot_at_checkout_until_it_is_full_and_admin_sees_it() throws Exception {
        lifecycle.install(DELIVERY);
        mvc.perform(post("/admin/tuning/examples.scheduled-delivery/settings").cookie(owner).with(csrf())
                        .param("days", "3").param("leadDays", "1").param("morning", "1").param("afternoon", "2")
                        .param("evening", "0").param("required", "true"))
                .andExpect(redirectedUrl("/admin/tuning/examples.scheduled-delivery/settings"));
        io.tunemall.order.OrderFixture shop = new io.tunemall.order.OrderFixture(context);
        shop.product("tofu", 3_000, 10);
        String tomorrow = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Seoul")).plusDays(1).toString();

        Cookie cart = cartWith(shop, "tofu");
        String page = html(get("/checkout").cookie(cart));
        assertThat(page).contains("id=\"scheduled-delivery\"", "name=\"" + DELIVERY_INPUT + "\"",
                "value=\"" + tomorrow + " 오전\"");
        assertThat(html(checkout(cart))).as("a slot is required").contains("희망 배송일과 시간대를 선택해 주세요.");
        assertThat(html(checkout(cart).param(DELIVERY_INPUT, tomorrow + " 새벽"))).as("checked by the field's rule")
                .contains("희망 배송일시: 형식이 맞지 않습니다.");

        MvcResult placed = mvc.perform(checkout(cart).param(DELIVERY_INPUT, tomorrow + " 오전"))
                .andExpect(redirectedUrlPattern("/pay/test/*")).andReturn();
        String number = ((io.tunemall.order.api.PlacedOrder) placed.getFlashMap().get("placed")).orderNumber();
        assertThat(html(get("/admin/orders/" + number).cookie(owner)))
                .contains("<dt data-module=\"examples.scheduled-delivery\">희망 배송일시</dt><dd>" + tomorrow + " 오전</dd>");

        // The morning slot took its one order: shown as full, and refused to the next shopper.
        Cookie second = cartWith(shop, "tofu");
        assertThat(html(get("/checkout").cookie(second))).containsPattern("value=\"" + tomorrow
                + " 오전\"\\s+disabled=\"disabled\"");
        assertThat(html(checkout(second).param(DELIVERY_INPUT, tomorrow + " 오전")))
                .contains(tomorrow + " 오전 배송은 마감되었습니다.");
        mvc.perform(checkout(second).param(DELIVERY_INPUT, tomorrow + " 오후"))
                .andExpect(redirectedUrlPattern("/pay/test/*"));
        assertThat(jdbc.queryForObject("SELECT SUM(booked) FROM tm_examples_scheduled_delivery_booking", Integer.class))
                .isEqualTo(2);

        // The first order is cancelled: its OrderCancelled reaches the module's listener through the outbox, and the
        // morning place is free again.
        context.getBean(io.tunemall.order.api.OrderAdministration.class).cancel(number,
                io.tunemall.order.api.Actor.staff("it"), "고객 요청");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(15)).until(() -> jdbc.queryForObject(
                "SELECT SUM(booked) FROM tm_examples_scheduled_delivery_booking", Integer.class) == 1);
        assertThat(html(get("/checkout").cookie(cartWith(shop, "tofu")))).doesNotContainPattern("value=\"" + tomorrow
                + " 오전\"\\s+disabled=\"disabled\"");

        lifecycle.disable(DELIVERY);
        assertThat(html(get("/checkout").cookie(cartWith(shop, "tofu")))).doesNotContain("scheduled-delivery");
    }

    private Cookie cartWith(io.tunemall.order.OrderFixture shop, String product) throws Exception {
        return mvc.perform(post("/cart/items").with(csrf()).param("variant", String.valueOf(shop.variantId(shop.sku(product + "-M"))))
                        .param("quantity", "1").param("product", shop.slug(product)))
                .andReturn().getResponse().getCookie("tm_cart");
    }

    private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder checkout(Cookie cart) {
        return post("/checkout").with(csrf()).cookie(cart)
                .param("ordererName", "홍길동").param("ordererPhone", "010-1234-5678")
                .param("recipientName", "김수령").param("recipientPhone", "010-9876-5432")
                .param("postalCode", "04524").param("roadAddress", "서울특별시 중구 세종대로 110")
                .param("detailAddress", "2층").param("guestPassword", "7777").param("guestPasswordConfirm", "7777")
                .param("checkoutToken", java.util.UUID.randomUUID().toString());
    }

    private void sized(io.tunemall.catalog.product.Product product, String name, int stockOfM) {
        product.tag("fit:slim");
        product.tag("gender:women");
        product.addOptionValue("사이즈", "S");
        product.addOptionValue("사이즈", "M");
        product.addVariant(fixture.slug(name.toUpperCase() + "-S"), "S", Money.ZERO, 2);
        product.addVariant(fixture.slug(name.toUpperCase() + "-M"), "M", Money.ZERO, stockOfM);
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
