package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.storefront.CatalogFixture;
import io.tunemall.support.BaselineBuiltModules;
import io.tunemall.support.IntegrationTest;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The example modules of {@code tuning-examples/}, compiled against the SDK 1.0.0 baseline jar and not rebuilt
 * ({@link BaselineBuiltModules}), are found in the tuning folder, installed and run by the current platform.
 */
@IntegrationTest
class ModulesBuiltAgainstTheBaselineTest {

    static final String ORIGIN = "examples.country-of-origin";

    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    HookChains chains;
    @Autowired
    InstalledModules installed;
    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void every_example_built_against_the_baseline_is_found_as_a_drop_in_jar_and_accepted() throws Exception {
        List<String> jars = BaselineBuiltModules.examples().stream()
                .map(example -> BaselineBuiltModules.jarOf(example.getFileName().toString()))
                .peek(jar -> assertThat(jar).exists())
                .map(jar -> jar.getFileName().toString())
                .toList();

        assertThat(jars).isNotEmpty().contains("country-of-origin-built-against-sdk-1.0.0.jar");
        assertThat(lifecycle.statuses().stream().filter(status -> jars.contains(status.source())))
                .hasSize(jars.size())
                .allSatisfy(status -> assertThat(status.state()).as(status.id() + ": " + status.refusal()).isEqualTo("AVAILABLE"));
        assertThat(Files.size(BaselineBuiltModules.BASELINE)).as("the baseline, not the SDK being built").isPositive();
    }

    @Test
    void the_country_of_origin_module_runs_on_this_platform_from_its_own_jar() {
        lifecycle.install(ORIGIN);

        assertThat(installed.all()).filteredOn(module -> module.id().equals(ORIGIN)).singleElement()
                .satisfies(module -> assertThat(module.module().getClass().getClassLoader())
                        .as("loaded from the drop-in jar, not the classpath").isInstanceOf(URLClassLoader.class));
        List<ContentBlock> blocks = chains.chain(CatalogPoints.PRODUCT_DETAIL)
                .collect(contributor -> contributor.contribute(product("origin:국내산"), Locale.KOREAN))
                .stream().flatMap(List::stream).toList();

        assertThat(blocks).singleElement().satisfies(block -> {
            assertThat(block.name()).isEqualTo("country-of-origin");
            assertThat(block.heading()).isEqualTo("원산지");
            assertThat(block.html()).isEqualTo("<p class=\"origin\">국내산</p>");
        });
    }

    @Test
    void installed_it_shows_the_origin_on_the_product_page_and_disabled_it_is_gone_at_once() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        fixture.product(fixture.category("origin"), "kimchi", 9_900, 9_900, 1, p -> p.tag("origin:국내산"));
        String page = "/products/" + fixture.slug("kimchi");
        assertThat(html(page)).doesNotContain("block-country-of-origin");

        lifecycle.install(ORIGIN);
        assertThat(html(page)).contains("<section class=\"content-block\" id=\"block-country-of-origin\">",
                "<h2>원산지</h2>", "<p class=\"origin\">국내산</p>");

        lifecycle.disable(ORIGIN);
        assertThat(html(page)).doesNotContain("block-country-of-origin");
    }

    private String html(String path) throws Exception {
        return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static ProductView product(String... tags) {
        return new ProductView(1, "kimchi", "배추김치", null, 1, Money.won(9_900), Money.won(9_900), false, List.of(tags));
    }
}
