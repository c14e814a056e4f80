package io.tunemall.storefront;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** The catalog extension points of the tuning SDK, with the hooks of {@link TestTuningModule}. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class TuningExtensionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @Test
    void contributed_blocks_appear_on_the_product_page_and_a_throwing_contributor_is_left_out(CapturedOutput output)
            throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long category = fixture.category("blocks");
        fixture.product(category, "tuned-coat", 100_000, 100_000, 1, p -> p.tag(TestTuningModule.BLOCKS_TAG));

        String html = mvc.perform(get("/products/" + fixture.slug("tuned-coat")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("<section class=\"content-block\" id=\"block-size-guide\">", "<h2>사이즈 가이드</h2>",
                "<table class=\"size-guide\"><tr><th>M</th><td>100</td></tr></table>", "<strong>100,000원</strong>");
        assertThat(html.indexOf("block-delivery-note")).as("blocks in contributor order")
                .isGreaterThan(html.indexOf("block-size-guide"));
        assertThat(html.split("class=\"content-block\"")).as("two blocks, none from the broken contributor").hasSize(3);
        assertThat(output).contains("Tuning module " + TestTuningModule.BROKEN_BLOCKS + " failed at catalog.product-detail");
    }

    @Test
    void listing_filters_hide_products_from_pages_and_the_api_and_a_throwing_filter_is_skipped(CapturedOutput output)
            throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long category = fixture.category("filtered");
        fixture.product(category, "shown", 10_000, 10_000, 1, p -> { });
        fixture.product(category, "hidden", 10_000, 10_000, 2, p -> p.tag(TestTuningModule.HIDDEN_TAG));
        fixture.product(category, "trips-filter", 10_000, 10_000, 3, p -> p.tag(TestTuningModule.FILTER_THROWS_TAG));
        fixture.product(category, "after-trip", 10_000, 10_000, 4, p -> { });

        String html = mvc.perform(get("/categories/" + fixture.slug("filtered")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(Pages.cardSlugs(html)).containsExactly(fixture.slug("after-trip"), fixture.slug("trips-filter"),
                fixture.slug("shown"));
        assertThat(output).contains("Tuning module " + TestTuningModule.BROKEN_FILTER + " failed at catalog.listing-filter");
        mvc.perform(get("/api/v1/storefront/products").param("category", fixture.slug("filtered")))
                .andExpect(jsonPath("$.items.length()").value(3))
                .andExpect(jsonPath("$.items[?(@.slug == '" + fixture.slug("hidden") + "')]").isEmpty());
        // A hidden product leaves the listing only; its own page stays.
        mvc.perform(get("/products/" + fixture.slug("hidden"))).andExpect(status().isOk());
    }
}
