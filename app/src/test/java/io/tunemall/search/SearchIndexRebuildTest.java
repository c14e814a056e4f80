package io.tunemall.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.CatalogSearchIndex;
import io.tunemall.catalog.api.ProductSearch;
import io.tunemall.catalog.api.SearchIndexStatus;
import io.tunemall.catalog.api.SearchQuery;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Rebuilding the index from the database, from the service and from the admin page, with progress. */
@IntegrationTest
class SearchIndexRebuildTest {

    static final Duration REBUILD = Duration.ofSeconds(60);

    @Autowired
    CatalogSearchIndex index;
    @Autowired
    ProductSearch search;
    @Autowired
    SearchTestCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void a_rebuild_reports_its_progress_and_restores_products_the_index_had_lost() {
        String word = SearchTestCatalog.uniqueWord();
        long category = catalog.category(null, "테스트 재색인");
        long product = catalog.product(word + " 울 니트", category, null, 59_000, List.of());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("SELECT COUNT(*) FROM EVENT_PUBLICATION "
                + "WHERE COMPLETION_DATE IS NULL AND SERIALIZED_EVENT LIKE ?", Integer.class,
                "%\"productId\":" + product + ",%") == 0);
        // Renamed behind the index's back and with no change event: only a rebuild finds it by the new name.
        jdbc.update("update product set name = ? where id = ?", word + " 캐시미어 니트", product);
        assertThat(search.search(SearchQuery.of("캐시미어 " + word)).total()).isZero();

        SearchIndexStatus started = index.rebuild();
        SearchIndexStatus again = index.rebuild();

        long products = jdbc.queryForObject("select count(*) from product", Long.class);
        assertThat(started.state()).isEqualTo(SearchIndexStatus.State.RUNNING);
        assertThat(started.total()).isEqualTo(products);
        assertThat(again.startedAt()).as("a second click joins the running rebuild").isEqualTo(started.startedAt());
        await().atMost(REBUILD).until(() -> !index.status().running());

        SearchIndexStatus finished = index.status();
        assertThat(finished.state()).isEqualTo(SearchIndexStatus.State.COMPLETED);
        assertThat(finished.done()).isEqualTo(products);
        assertThat(finished.percent()).isEqualTo(100);
        assertThat(finished.documents()).isEqualTo(products);
        assertThat(finished.finishedAt()).isAfterOrEqualTo(finished.startedAt());
        assertThat(search.search(SearchQuery.of("캐시미어 " + word)).total()).isOne();
    }

    @Test
    void the_owner_starts_a_rebuild_in_admin_and_follows_its_progress_across_reloads() throws Exception {
        Cookie session = mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password"))
                .andReturn().getResponse().getCookie("SESSION");

        String before = mvc.perform(get("/admin/search-index").cookie(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(before).contains("검색 색인", "색인된 상품", "다시 만들기", "/admin/assets/search-index.js",
                "href=\"/admin/search-index\"");

        mvc.perform(post("/admin/search-index/rebuild").cookie(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/search-index"));

        mvc.perform(get("/admin/search-index/progress").cookie(session))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").isNumber())
                .andExpect(jsonPath("$.state").exists());
        await().atMost(REBUILD).until(() -> !index.status().running());

        String after = mvc.perform(get("/admin/search-index").cookie(session))
                .andReturn().getResponse().getContentAsString();
        assertThat(after).contains("완료", "<progress id=\"rebuild-bar\" max=\"100\" value=\"100\"");
        mvc.perform(get("/admin/search-index/progress").cookie(session))
                .andExpect(jsonPath("$.state").value("COMPLETED"));
    }

    @Test
    void strangers_cannot_rebuild_the_index() throws Exception {
        mvc.perform(post("/admin/search-index/rebuild").with(csrf()))
                .andExpect(redirectedUrl("/admin/login"));
        mvc.perform(get("/admin/search-index/progress")).andExpect(status().isFound());
    }
}
