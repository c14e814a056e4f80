package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.ProductChanged;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.platform.integration.Integrations;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.RealHttp;
import jakarta.servlet.http.Cookie;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.w3c.dom.Document;

@IntegrationTest
class AppStoreTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RealHttp http;
    @Autowired
    Integrations integrations;
    @Autowired
    PaymentSettings payments;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEventPublisher events;

    @AfterEach
    void switchEverythingOff() {
        for (String id : List.of("ga4", "chat-widget", "kakao-login", "naver-ep", "google-merchant", "naverpay")) {
            if (integrations.isOn(id)) {
                integrations.switchOff(id, "test");
            }
        }
    }

    @Test
    void the_app_store_lists_every_integration_by_kind() throws Exception {
        String page = mvc.perform(get("/admin/app-store").cookie(StaffSession.login(mvc)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("네이버페이", "카카오페이", "카카오 로그인", "네이버 로그인", "구글 애널리틱스 4", "채팅 상담",
                "네이버 쇼핑 EP", "구글 머천트 센터 피드");
    }

    @Test
    void analytics_goes_on_every_storefront_page_with_its_hosts_allowed_and_leaves_when_switched_off() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        String refused = mvc.perform(post("/admin/app-store/ga4").cookie(staff).with(csrf())
                        .param("setting.measurementId", "UA-1234<script>"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("형식이 올바르지 않습니다.");
        assertThat(integrations.isOn("ga4")).isFalse();

        mvc.perform(post("/admin/app-store/ga4").cookie(staff).with(csrf()).param("setting.measurementId", "G-TEST1234"))
                .andExpect(redirectedUrl("/admin/app-store/ga4"));

        HttpResponse<String> home = http.get("/");
        assertThat(home.body()).contains("/integrations/storefront.js");
        assertThat(home.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .contains("script-src 'self' https://www.googletagmanager.com")
                .contains("connect-src 'self' https://*.google-analytics.com"));
        assertThat(http.get("/integrations/storefront.js").body())
                .contains("gtag('config', 'G-TEST1234')", "googletagmanager.com/gtag/js?id=G-TEST1234");

        mvc.perform(post("/admin/app-store/ga4/off").cookie(staff).with(csrf()))
                .andExpect(redirectedUrl("/admin/app-store/ga4"));
        HttpResponse<String> after = http.get("/");
        assertThat(after.body()).doesNotContain("/integrations/storefront.js");
        assertThat(after.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).doesNotContain("googletagmanager"));
    }

    @Test
    void naver_pay_switched_on_in_the_app_store_is_a_payment_method_at_once() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        boolean offeredBefore = payments.options().offers(PaymentMethod.NAVER_PAY);
        if (offeredBefore) {
            integrations.switchOff("naverpay", "test");
        }

        mvc.perform(post("/admin/app-store/naverpay").cookie(staff).with(csrf()))
                .andExpect(redirectedUrl("/admin/app-store/naverpay"));
        assertThat(payments.options().offers(PaymentMethod.NAVER_PAY)).isTrue();
        assertThat(integrations.isOn("naverpay")).isTrue();

        mvc.perform(post("/admin/app-store/naverpay/off").cookie(staff).with(csrf()));
        assertThat(payments.options().offers(PaymentMethod.NAVER_PAY)).isFalse();
        assertThat(integrations.isOn("naverpay")).isFalse();

        // The payment methods are the shop's, shared with the other tests: left as they were found.
        if (offeredBefore) {
            mvc.perform(post("/admin/app-store/naverpay").cookie(staff).with(csrf()));
        }
    }

    @Test
    void kakao_login_switched_on_is_offered_on_the_login_page_and_its_secret_is_stored_encrypted() throws Exception {
        Cookie staff = StaffSession.login(mvc);
        assertThat(http.get("/login").body()).doesNotContain("/oauth2/authorization/kakao");

        mvc.perform(post("/admin/app-store/kakao-login").cookie(staff).with(csrf())
                        .param("setting.clientId", "kakao-rest-key-1").param("setting.clientSecret", "kakao-secret-1"))
                .andExpect(redirectedUrl("/admin/app-store/kakao-login"));

        assertThat(http.get("/login").body()).contains("/oauth2/authorization/kakao");
        String redirect = mvc.perform(get("/oauth2/authorization/kakao")).andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(redirect).startsWith("https://kauth.kakao.com/oauth/authorize").contains("client_id=kakao-rest-key-1");
        String stored = jdbc.queryForObject("SELECT setting_value FROM app_integration_setting"
                + " WHERE integration_id = 'kakao-login' AND setting_key = 'clientSecret'", String.class);
        assertThat(stored).startsWith("k1:").doesNotContain("kakao-secret-1");

        // Saving again without a secret keeps the stored one.
        mvc.perform(post("/admin/app-store/kakao-login").cookie(staff).with(csrf())
                        .param("setting.clientId", "kakao-rest-key-2").param("setting.clientSecret", ""))
                .andExpect(redirectedUrl("/admin/app-store/kakao-login"));
        assertThat(integrations.settingsIfOn("kakao-login").orElseThrow().get("clientSecret")).isEqualTo("kakao-secret-1");

        integrations.switchOff("kakao-login", "test");
        assertThat(http.get("/login").body()).doesNotContain("/oauth2/authorization/kakao");
    }

    @Test
    void the_naver_ep_lists_the_catalog_and_its_summary_carries_only_what_changed() throws Exception {
        assertThat(http.get("/feeds/naver-ep.tsv").statusCode()).isEqualTo(404);
        mvc.perform(post("/admin/app-store/naver-ep").cookie(StaffSession.login(mvc)).with(csrf())
                        .param("setting.shopUrl", "https://shop.example.kr/"))
                .andExpect(redirectedUrl("/admin/app-store/naver-ep"));
        Long productId = jdbc.queryForObject("SELECT MIN(id) FROM product WHERE status = 'ON_SALE'", Long.class);
        Long listed = jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE status IN ('ON_SALE', 'SOLD_OUT')", Long.class);
        // The full build runs in the background right after the switch.
        String fullFeed = eventually(() -> http.get("/feeds/naver-ep.tsv").body(),
                body -> body.split("\n").length == listed + 1 && http.get("/feeds/naver-ep-summary.tsv").statusCode() == 200);

        String[] lines = fullFeed.split("\n");
        assertThat(lines[0]).startsWith("id\ttitle\tprice_pc\t");
        String[] columns = lineOf(lines, productId).split("\t", -1);
        assertThat(columns).hasSize(14);
        assertThat(columns[5]).startsWith("https://shop.example.kr/products/");
        assertThat(http.get("/feeds/naver-ep-summary.tsv").body().strip().split("\n")).hasSize(1);

        Long price = jdbc.queryForObject("SELECT price FROM product WHERE id = ?", Long.class, productId);
        jdbc.update("UPDATE product SET price = ? WHERE id = ?", price + 1000, productId);
        try {
            events.publishEvent(new ProductChanged(productId, Instant.now()));
            mvc.perform(post("/admin/app-store/naver-ep/refresh").cookie(StaffSession.login(mvc)).with(csrf()))
                    .andExpect(redirectedUrl("/admin/app-store/naver-ep"));

            String summary = http.get("/feeds/naver-ep-summary.tsv").body();
            assertThat(summary.strip().split("\n")).hasSize(2);
            assertThat(summary).contains(productId + "\t").contains("\t" + (price + 1000) + "\t").contains("\tU\t");
        } finally {
            jdbc.update("UPDATE product SET price = ? WHERE id = ?", price, productId);
        }
    }

    @Test
    void the_google_merchant_feed_is_well_formed_rss_with_prices_in_won() throws Exception {
        mvc.perform(post("/admin/app-store/google-merchant").cookie(StaffSession.login(mvc)).with(csrf())
                        .param("setting.shopUrl", "https://shop.example.kr"))
                .andExpect(redirectedUrl("/admin/app-store/google-merchant"));

        String xml = eventually(() -> http.get("/feeds/google-merchant.xml").body(), body -> body.contains("<item>"));

        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        var items = feed.getElementsByTagName("item");
        assertThat(items.getLength()).isPositive();
        assertThat(feed.getElementsByTagNameNS("http://base.google.com/ns/1.0", "price").item(0).getTextContent())
                .matches("[0-9]+ KRW");
        assertThat(feed.getElementsByTagNameNS("http://base.google.com/ns/1.0", "link").item(0).getTextContent())
                .startsWith("https://shop.example.kr/products/");
    }


    private static String lineOf(String[] lines, long productId) {
        for (String line : lines) {
            if (line.startsWith(productId + "\t")) {
                return line;
            }
        }
        throw new AssertionError("No line for product " + productId);
    }

    private static String eventually(Supplier<String> read, java.util.function.Predicate<String> done)
            throws InterruptedException {
        String last = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            last = read.get();
            if (done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not there after 10 s: " + last);
    }
}
