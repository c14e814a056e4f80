package io.tunemall.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import io.tunemall.support.RealHttp;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The storefront's search page and the search box's suggestions, as a shopper's browser gets them. */
@IntegrationTest
class SearchPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    RealHttp http;
    @Autowired
    SearchTestCatalog catalog;

    @Test
    void the_search_page_shows_the_matches_in_korean_with_count_facets_and_sorts() throws Exception {
        String html = mvc.perform(get("/search").param("q", "운동화를"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Language", "ko"))
                .andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<title>운동화를 검색 결과</title>", "&#39;운동화를&#39; 검색 결과", "상품 1개");
        assertThat(html).contains("쿠셔닝 러닝 운동화", "/products/running-shoes", "79,000원");
        assertThat(html).contains("카테고리", "신발", "5만원~10만원", "정확도순", "낮은 가격순");
        assertThat(html).contains("href=\"/search?q=%EC%9A%B4%EB%8F%99%ED%99%94%EB%A5%BC&amp;sort=PRICE_ASC\"");
        assertThat(html).contains("value=\"운동화를\"", "/assets/search-suggest.js");
        assertThat(html.split("class=\"card\"")).hasSize(2);
    }

    @Test
    void a_facet_link_narrows_the_results_and_a_page_link_keeps_the_filters() throws Exception {
        String word = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 페이지");
        for (int i = 1; i <= 26; i++) {
            catalog.product(word + " 면 티셔츠 " + i, category, null, 10_000 + i, List.of());
        }
        catalog.product(word + " 캐시미어 코트", category, null, 250_000, List.of());

        String firstPage = mvc.perform(get("/search").param("q", word).param("price", "under_30000"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(firstPage).contains("상품 26개", "1 / 2", "aria-current=\"true\"", "필터 모두 해제");
        assertThat(firstPage).doesNotContain("캐시미어 코트");
        assertThat(firstPage).contains("href=\"/search?q=" + word + "&amp;price=UNDER_30000&amp;page=2\"");

        String secondPage = mvc.perform(get("/search").param("q", word).param("price", "UNDER_30000")
                        .param("page", "2"))
                .andReturn().getResponse().getContentAsString();
        assertThat(secondPage).contains("2 / 2", "rel=\"prev\"");
        assertThat(secondPage.split("class=\"card\"")).hasSize(3);
    }

    @Test
    void no_matches_and_no_words_get_a_message_not_an_error() throws Exception {
        mvc.perform(get("/search").param("q", "냉장고"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString(
                        "&#39;냉장고&#39;에 맞는 상품이 없습니다.")));
        mvc.perform(get("/search"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("입력해 주세요")));
        mvc.perform(get("/search").param("q", "청바지").param("sort", "nonsense").param("page", "-4"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("남성 스키니 청바지")));
    }

    @Test
    void the_page_speaks_english_when_asked() throws Exception {
        mvc.perform(get("/search").param("q", "청바지").param("lang", "en"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Results for &#39;청바지&#39;")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Price: low to high")));
    }

    @Test
    void the_search_box_gets_suggestions_as_json() throws Exception {
        mvc.perform(get("/api/v1/storefront/search/suggestions").param("q", "청"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/json")))
                .andExpect(jsonPath("$.prefix").value("청"))
                .andExpect(jsonPath("$.suggestions[?(@ == '남성 스키니 청바지')]").exists());
    }

    @Test
    void the_suggestion_script_is_served_from_the_shop_itself_as_the_content_policy_requires() {
        HttpResponse<String> script = http.get("/assets/search-suggest.js");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(script.body()).contains("data-suggest-url");
        HttpResponse<String> page = http.get("/search?q=%EC%B2%AD%EB%B0%94%EC%A7%80");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
                policy -> assertThat(policy).contains("script-src 'self'"));
        assertThat(page.body()).doesNotContain("<script>");
    }
}
