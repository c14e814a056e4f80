package io.tunemall.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import io.tunemall.support.RealHttp;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class StorefrontHomeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RealHttp http;

    @Test
    void the_home_page_shows_the_category_menu_and_the_demo_products_in_korean() throws Exception {
        String html = mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ko"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<html lang=\"ko\"", "신상품", "href=\"/categories/outer\"", "아우터");
        assertThat(html).contains("남성 스키니 청바지", "/products/skinny-jeans-men", "49,000원", "59,000원");
        assertThat(html).contains("action=\"/search\"", "href=\"/cart\"");
        assertThat(html.split("class=\"card\"")).hasSize(25);
    }

    @Test
    void sold_out_products_are_marked() throws Exception {
        // Every variant of the single-size demo sunscreen is in stock, but some demo products have sold-out variants;
        // a product is sold out only when all of its variants are, so none of the demo products is.
        mvc.perform(get("/")).andExpect(content().string(org.hamcrest.Matchers.not(containsString("class=\"badge\""))));
    }

    @Test
    void english_is_chosen_by_the_lang_parameter_and_remembered() throws Exception {
        var response = mvc.perform(get("/").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("New arrivals")))
                .andExpect(content().string(containsString("₩49,000")))
                .andReturn().getResponse();
        assertThat(response.getCookie("tunemall_lang")).isNotNull();

        mvc.perform(get("/").cookie(response.getCookie("tunemall_lang")))
                .andExpect(content().string(containsString("New arrivals")));
    }

    @Test
    void english_is_chosen_by_the_browser_language() throws Exception {
        mvc.perform(get("/").header("Accept-Language", "en-US,en;q=0.9"))
                .andExpect(content().string(containsString("New arrivals")));
        mvc.perform(get("/").header("Accept-Language", "fr-FR"))
                .andExpect(content().string(containsString("신상품")));
    }

    @Test
    void demo_images_are_served_with_a_long_cache_lifetime() throws Exception {
        mvc.perform(get("/media/demo/skinny-jeans-men-1.svg"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")))
                .andExpect(content().string(containsString("<svg")));
    }

    @Test
    void an_unknown_page_is_a_friendly_404_with_the_request_id() {
        HttpResponse<String> response = http.get("/no-such-page", "X-Request-Id", "page-request-0001");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
        assertThat(response.body()).contains("페이지를 찾을 수 없습니다.", "page-request-0001", "href=\"/\"");
    }
}
