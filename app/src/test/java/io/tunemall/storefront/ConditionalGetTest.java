package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import io.tunemall.support.RealHttp;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ConditionalGetTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RealHttp http;
    @Autowired
    ApplicationContext context;

    @Test
    void pages_and_api_answer_304_while_their_etag_still_matches() throws Exception {
        for (String path : new String[] {"/categories/outer", "/products/wool-blend-long-coat", "/api/v1/storefront/products",
                "/api/v1/storefront/products/wool-blend-long-coat", "/api/v1/storefront/categories"}) {
            MockHttpServletResponse first = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
            String etag = first.getHeader("ETag");
            assertThat(etag).as(path).startsWith("W/\"");
            assertThat(first.getHeader("Cache-Control")).as(path).contains("no-cache").doesNotContain("no-store");

            MockHttpServletResponse again = mvc.perform(get(path).header("If-None-Match", etag))
                    .andExpect(status().isNotModified()).andReturn().getResponse();
            assertThat(again.getContentAsByteArray()).as(path).isEmpty();
            assertThat(again.getHeader("ETag")).isEqualTo(etag);
            mvc.perform(get(path).header("If-None-Match", "W/\"something-else\"")).andExpect(status().isOk());
        }
    }

    @Test
    void product_pages_say_when_the_product_last_changed() throws Exception {
        MockHttpServletResponse page = mvc.perform(get("/products/skinny-jeans-men")).andReturn().getResponse();
        MockHttpServletResponse api = mvc.perform(get("/api/v1/storefront/products/skinny-jeans-men")).andReturn().getResponse();

        assertThat(page.getDateHeader("Last-Modified")).isPositive().isLessThanOrEqualTo(System.currentTimeMillis());
        assertThat(api.getDateHeader("Last-Modified")).isEqualTo(page.getDateHeader("Last-Modified"));
    }

    @Test
    void over_a_real_socket_the_compressed_page_keeps_its_etag_and_revalidates() {
        HttpResponse<String> first = http.get("/products/wool-blend-long-coat", "Accept-Encoding", "gzip");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");

        assertThat(http.get("/products/wool-blend-long-coat", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void an_admin_edit_is_on_the_next_request_for_the_page_the_listing_and_the_api() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long category = fixture.category("edited");
        long id = fixture.product(category, "edited-coat", 120_000, 150_000, 1, p -> { });
        String pagePath = "/products/" + fixture.slug("edited-coat");
        String listingPath = "/categories/" + fixture.slug("edited");
        String apiPath = "/api/v1/storefront/products/" + id;
        MockHttpServletResponse before = mvc.perform(get(pagePath)).andReturn().getResponse();
        assertThat(before.getContentAsString()).contains("<strong>120,000원</strong>");
        assertThat(mvc.perform(get(listingPath)).andReturn().getResponse().getContentAsString()).contains("<strong>120,000원</strong>");
        assertThat(mvc.perform(get(apiPath)).andReturn().getResponse().getContentAsString()).contains("\"price\":120000");

        fixture.edit(id, product -> product.putOnSale(Money.won(99_000), Instant.now().minus(Duration.ofMinutes(5)), null));

        MockHttpServletResponse after = mvc.perform(get(pagePath).header("If-None-Match", before.getHeader("ETag")))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(after.getContentAsString()).contains("<strong>99,000원</strong>", "<span>150,000원</span>");
        assertThat(after.getHeader("ETag")).isNotEqualTo(before.getHeader("ETag"));
        assertThat(mvc.perform(get(listingPath)).andReturn().getResponse().getContentAsString()).contains("<strong>99,000원</strong>");
        assertThat(mvc.perform(get(apiPath)).andReturn().getResponse().getContentAsString()).contains("\"price\":99000");
    }

    @Test
    void a_sale_that_starts_while_the_product_is_cached_shows_without_any_edit() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long category = fixture.category("starting-sale");
        Instant startsSoon = Instant.now().plusSeconds(3);
        fixture.product(category, "starting-sale-bag", 80_000, 80_000, 1,
                p -> p.putOnSale(Money.won(60_000), startsSoon, startsSoon.plus(Duration.ofDays(1))));
        String path = "/products/" + fixture.slug("starting-sale-bag");
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("<strong>80,000원</strong>");

        while (Instant.now().isBefore(startsSoon)) {
            Thread.sleep(200);
        }

        // The cached product keeps the sale window; the price is resolved when the page is rendered.
        assertThat(mvc.perform(get(path)).andReturn().getResponse().getContentAsString()).contains("<strong>60,000원</strong>");
    }
}
