package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.storefront.CatalogFixture;
import io.tunemall.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/** An installed module whose product-page hook throws: contained, counted, and switched off for the whole shop. */
@IntegrationTest
class ContainedModuleFailuresTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    ApplicationContext context;
    @Value("${tunemall.tuning.auto-disable-after-failures}")
    int autoDisableAfter;

    CatalogFixture fixture;

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void a_throwing_module_never_blanks_the_product_page_and_is_switched_off_after_failing_again_and_again()
            throws Exception {
        fixture = new CatalogFixture(context);
        long category = fixture.category("flaky");
        long healthy = fixture.product(category, "healthy", 50_000, 50_000, 1, p -> { });
        fixture.product(category, "breaks-reviews", 50_000, 50_000, 2, p -> p.tag(FlakyModule.TAG));
        lifecycle.install(FlakyModule.ID);

        assertThat(page("healthy")).contains("id=\"block-flaky-reviews\"", "<p>리뷰 " + healthy + "</p>");
        String broken = page("breaks-reviews");
        assertThat(broken).as("the page is all there, only the module's block is missing")
                .contains("<h1>breaks-reviews " + fixture.suffix + "</h1>", "장바구니 담기")
                .doesNotContain("block-flaky-reviews");
        assertThat(flaky().state()).isEqualTo("ENABLED");

        for (int call = 1; call < autoDisableAfter; call++) {
            page("breaks-reviews");
        }

        ModuleStatus off = flaky();
        assertThat(off.state()).as("switched off in the shop's state, so on every node").isEqualTo("DISABLED");
        assertThat(off.disabledReason()).contains("failed " + autoDisableAfter + " calls in a row at catalog.product-detail")
                .contains("the review service answered 503");
        assertThat(page("healthy")).doesNotContain("block-flaky-reviews");

        lifecycle.enable(FlakyModule.ID);
        assertThat(flaky().disabledReason()).isNull();
        assertThat(page("healthy")).contains("id=\"block-flaky-reviews\"");
    }

    private String page(String name) throws Exception {
        return mvc.perform(get("/products/" + fixture.slug(name)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private ModuleStatus flaky() {
        return lifecycle.statuses().stream().filter(m -> m.id().equals(FlakyModule.ID)).findFirst().orElseThrow();
    }
}
