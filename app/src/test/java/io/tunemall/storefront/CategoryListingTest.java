package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.catalog.api.CategoryListings;
import io.tunemall.sdk.Money;
import io.tunemall.support.IntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CategoryListingTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    String page(String url) throws Exception {
        return mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void a_category_page_lists_its_products_with_breadcrumbs_and_the_facets_of_the_demo_shop() throws Exception {
        String html = page("/categories/tops");

        assertThat(html).contains("<title>상의 | TUNEMALL</title>", "6개 상품", "<a href=\"/\">홈</a>",
                "<a href=\"/categories/tops\" aria-current=\"page\">상의</a>",
                "<link rel=\"canonical\" href=\"http://localhost/categories/tops\">");
        assertThat(Pages.cardSlugs(html)).hasSize(6).contains("oversized-cotton-tee", "merino-crew-knit");
        // 네이비 is offered by the tee, the merino knit and the striped tee; every top comes in S to XL.
        assertThat(html).containsPattern("value=\"색상:네이비\">\\s*<span>네이비</span> <small>\\(3\\)</small>");
        assertThat(html).containsPattern("value=\"사이즈:M\">\\s*<span>M</span> <small>\\(6\\)</small>");
        // 19,900 and 29,000 / 39,000, 42,000 and 45,000 / 69,000
        assertThat(html).containsPattern("value=\"10000-30000\">\\s*<span>10,000원 ~ 30,000원</span>\\s*<small>\\(2\\)</small>");
        assertThat(html).containsPattern("value=\"30000-50000\">\\s*<span>30,000원 ~ 50,000원</span>\\s*<small>\\(3\\)</small>");
        assertThat(html).containsPattern("value=\"50000-100000\">\\s*<span>50,000원 ~ 100,000원</span>\\s*<small>\\(1\\)</small>");
        assertThat(html).containsPattern("name=\"inStock\" value=\"true\">\\s*<span>구매 가능한 상품만</span>");
    }

    @Test
    void every_sort_orders_the_demo_tops() throws Exception {
        List<String> newestFirst = List.of("striped-long-sleeve", "linen-blend-shirt", "heavy-sweatshirt",
                "merino-crew-knit", "oxford-button-down", "oversized-cotton-tee");
        List<String> cheapestFirst = List.of("oversized-cotton-tee", "striped-long-sleeve", "oxford-button-down",
                "linen-blend-shirt", "heavy-sweatshirt", "merino-crew-knit");

        assertThat(Pages.cardSlugs(page("/categories/tops"))).containsExactlyElementsOf(newestFirst);
        assertThat(Pages.cardSlugs(page("/categories/tops?sort=new"))).containsExactlyElementsOf(newestFirst);
        assertThat(Pages.cardSlugs(page("/categories/tops?sort=price-asc"))).containsExactlyElementsOf(cheapestFirst);
        assertThat(Pages.cardSlugs(page("/categories/tops?sort=price-desc"))).containsExactlyElementsOf(reversed(cheapestFirst));
        // No demo product has sold or been viewed yet: equal popularity falls back to the newest.
        assertThat(Pages.cardSlugs(page("/categories/tops?sort=popular"))).containsExactlyElementsOf(newestFirst);
        assertThat(page("/categories/tops?sort=price-asc")).contains("href=\"/categories/tops?sort=price-asc\" aria-current=\"true\"");
    }

    @Test
    void filters_narrow_the_demo_listing_and_stay_checked() throws Exception {
        String blackInM = page("/categories/tops?option=색상:블랙&option=사이즈:M");
        assertThat(Pages.cardSlugs(blackInM)).containsExactly("heavy-sweatshirt", "oversized-cotton-tee");
        assertThat(blackInM).contains("value=\"색상:블랙\" checked=\"checked\"", "<details class=\"filters\" open=\"open\">");

        assertThat(Pages.cardSlugs(page("/categories/tops?option=색상:블랙&option=색상:블루")))
                .containsExactly("heavy-sweatshirt", "oxford-button-down", "oversized-cotton-tee");
        assertThat(Pages.cardSlugs(page("/categories/tops?price=10000-30000")))
                .containsExactly("striped-long-sleeve", "oversized-cotton-tee");
        String none = page("/categories/tops?option=색상:네이비&price=30000-50000");
        assertThat(Pages.cardSlugs(none)).isEmpty();
        assertThat(none).contains("조건에 맞는 상품이 없습니다.");
        // A chosen brand the facet does not offer stays on the form, checked, so it can be unchosen.
        assertThat(page("/categories/tops?brand=gone-brand")).contains("value=\"gone-brand\" checked");
    }

    @Test
    void a_category_is_found_by_id_too_and_unknown_categories_or_pages_are_not_found() throws Exception {
        long tops = context.getBean(CategoryListings.class).category("tops").orElseThrow().id();
        assertThat(page("/categories/" + tops)).contains("6개 상품",
                "<link rel=\"canonical\" href=\"http://localhost/categories/tops\">");

        mvc.perform(get("/categories/no-such-category")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/tops?page=0")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/tops?page=417")).andExpect(status().isNotFound());
        mvc.perform(get("/categories/tops?sort=cheapest")).andExpect(status().isNotFound());
    }

    @Test
    void a_long_category_is_paged_24_products_at_a_time() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long category = fixture.category("paging");
        for (int i = 1; i <= 26; i++) {
            fixture.product(category, "paged-" + i, 10_000 + i, 10_000 + i, i, product -> { });
        }
        String path = "/categories/" + fixture.slug("paging");

        String first = page(path);
        assertThat(Pages.cardSlugs(first)).hasSize(24).startsWith(fixture.slug("paged-26")).endsWith(fixture.slug("paged-3"));
        assertThat(first).contains("26개 상품", "href=\"" + path + "?page=2\" rel=\"next\"");

        String second = page(path + "?page=2");
        assertThat(Pages.cardSlugs(second)).containsExactly(fixture.slug("paged-2"), fixture.slug("paged-1"));
        assertThat(second).contains("href=\"" + path + "\" rel=\"prev\"", "aria-current=\"page\">2</a>",
                "<link rel=\"canonical\" href=\"http://localhost" + path + "?page=2\">");
        assertThat(Pages.cardSlugs(page(path + "?page=3"))).isEmpty();
    }

    @Test
    void popularity_timed_sales_brands_and_stock_sort_filter_and_count_a_category() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long category = fixture.category("facets");
        long acme = fixture.brand("acme");
        long bravo = fixture.brand("bravo");
        Instant now = Instant.now();
        long regular = fixture.product(category, "regular", 30_000, 30_000, 1, p -> p.brandedAs(acme));
        long onSale = fixture.product(category, "on-sale", 50_000, 60_000, 2, p -> {
            p.brandedAs(bravo);
            p.putOnSale(Money.won(20_000), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(1)));
        });
        long saleTomorrow = fixture.product(category, "sale-tomorrow", 40_000, 40_000, 3, p -> {
            p.brandedAs(acme);
            p.putOnSale(Money.won(10_000), now.plus(Duration.ofDays(1)), null);
            p.addVariant(fixture.slug("SOLD-1"), "FREE", Money.ZERO, 0);
        });
        long soldOut = fixture.product(category, "sold-out", 25_000, 25_000, 4, p -> { });
        fixture.status(soldOut, "SOLD_OUT");
        fixture.popularity(regular, 5);
        fixture.popularity(onSale, 50);
        fixture.popularity(saleTomorrow, 10);
        fixture.popularity(soldOut, 1);
        String path = "/categories/" + fixture.slug("facets");

        assertThat(slugsOf(fixture, path)).containsExactly("sold-out", "sale-tomorrow", "on-sale", "regular");
        assertThat(slugsOf(fixture, path + "?sort=popular")).containsExactly("on-sale", "sale-tomorrow", "regular", "sold-out");
        // The running sale makes the 50,000 product the cheapest; the sale that starts tomorrow does not count yet.
        assertThat(slugsOf(fixture, path + "?sort=price-asc")).containsExactly("on-sale", "sold-out", "regular", "sale-tomorrow");
        assertThat(slugsOf(fixture, path + "?sort=price-desc")).containsExactly("sale-tomorrow", "regular", "sold-out", "on-sale");
        assertThat(slugsOf(fixture, path + "?price=10000-30000")).containsExactly("sold-out", "on-sale");
        assertThat(slugsOf(fixture, path + "?brand=" + fixture.slug("acme"))).containsExactly("sale-tomorrow", "regular");
        assertThat(slugsOf(fixture, path + "?inStock=true")).containsExactly("on-sale", "regular");

        String html = page(path);
        assertThat(html).containsPattern("<span>acme " + fixture.suffix + "</span> <small>\\(2\\)</small>");
        assertThat(html).containsPattern("<span>bravo " + fixture.suffix + "</span> <small>\\(1\\)</small>");
        assertThat(html).containsPattern("(?s)on-sale-" + fixture.suffix + "\">.*?<span class=\"discount\">66%</span>\\s*"
                + "<strong>20,000원</strong>\\s*<del>60,000원</del>");
        assertThat(html).containsPattern("(?s)sold-out-" + fixture.suffix + "\">.*?<span class=\"badge\">품절</span>");
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    private List<String> slugsOf(CatalogFixture fixture, String url) throws Exception {
        return Pages.cardSlugs(page(url)).stream().map(slug -> slug.replace("-" + fixture.suffix, "")).toList();
    }
}
