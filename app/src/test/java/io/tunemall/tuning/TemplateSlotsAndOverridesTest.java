package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.platform.tuning.upgrade.UpgradeReport;
import io.tunemall.sdk.view.Slots;
import io.tunemall.storefront.CatalogFixture;
import io.tunemall.support.IntegrationTest;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** Modules filling the platform templates' slots, and overriding whole templates with their fingerprints tracked. */
@IntegrationTest
class TemplateSlotsAndOverridesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    ApplicationContext context;
    @Autowired
    UpgradeReport upgrade;
    @Autowired
    HookChains chains;

    CatalogFixture fixture;

    @BeforeEach
    void install() {
        fixture = new CatalogFixture(context);
        lifecycle.install(LooksModule.ID);
    }

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void a_product_page_shows_the_modules_fragments_in_its_slots_and_survives_a_broken_one() throws Exception {
        long category = fixture.category("slots");
        long plain = fixture.product(category, "slotted", 50_000, 50_000, 1, p -> { });
        fixture.product(category, "breaks-slot", 50_000, 50_000, 2, p -> p.tag(LooksModule.BREAKS_TAG));
        ((io.tunemall.sdk.field.CustomFieldValues) context.getBeansOfType(io.tunemall.platform.tuning.ModuleFacade.class)
                .values().stream().filter(f -> f.type().equals(io.tunemall.sdk.field.CustomFieldValues.class)).findFirst()
                .orElseThrow().forModule(LooksModule.ID))
                .set(io.tunemall.sdk.field.EntityType.PRODUCT, String.valueOf(plain), "ribbon", "오늘만 특가");

        String page = html(get("/products/" + fixture.slug("slotted")));
        assertThat(page).contains("<p class=\"looks-summary\">반가워요, slotted " + fixture.suffix + " (오늘만 특가)</p>",
                "<aside class=\"looks-bottom\">추천 상품</aside>");
        assertThat(page.indexOf("looks-summary")).as("the summary slot is in the buy box, above the description")
                .isLessThan(page.indexOf("looks-bottom"));

        String broken = html(get("/products/" + fixture.slug("breaks-slot")));
        assertThat(broken).contains("looks-summary", "장바구니 담기").doesNotContain("looks-bottom");
        assertThat(chains.reports()).filteredOn(r -> r.point().equals(Slots.point(Slots.PRODUCT_DETAIL_BOTTOM).id()))
                .singleElement().satisfies(r -> assertThat(r.chain()).filteredOn(hook -> hook.module().equals(LooksModule.ID))
                        .singleElement().satisfies(hook -> assertThat(hook.lastFailure()).contains("the recommendation service is down")));

        lifecycle.disable(LooksModule.ID);
        assertThat(html(get("/products/" + fixture.slug("slotted")))).doesNotContain("looks-summary", "looks-bottom");
    }

    @Test
    void listing_cards_carry_the_modules_fragment_where_it_has_something_to_say() throws Exception {
        long category = fixture.category("badges");
        fixture.product(category, "badged", 50_000, 50_000, 1, p -> p.tag(LooksModule.BADGE_TAG));
        fixture.product(category, "unbadged", 50_000, 50_000, 2, p -> { });

        String listing = html(get("/categories/" + fixture.slug("badges")));

        assertThat(listing.split("<span class=\"looks-badge\">NEW</span>", -1)).hasSize(2);
        int badge = listing.indexOf("looks-badge");
        assertThat(listing.lastIndexOf(fixture.slug("badged"), badge)).as("the badge is on the badged card")
                .isGreaterThan(listing.lastIndexOf(fixture.slug("unbadged"), badge));
    }

    @Test
    void the_admin_product_page_shows_the_modules_panel_below_the_form_with_its_own_form() throws Exception {
        long product = fixture.product(fixture.category("admin-slot"), "admin-slotted", 50_000, 50_000, 1, p -> { });

        String edit = html(get("/admin/products/" + product).cookie(owner()));
        assertThat(edit).contains("<p class=\"looks-entity\">" + product + "</p>", "action=\"/admin/t/test.looks/anything\"");
        assertThat(edit.indexOf("looks-admin")).isGreaterThan(edit.indexOf("</form>"));
        assertThat(edit.substring(edit.indexOf("looks-admin"))).as("the module's own form carries a CSRF token")
                .contains("name=\"_csrf\"");
        assertThat(html(get("/admin/products/new").cookie(owner()))).contains("<p class=\"looks-entity\">new product</p>");
    }

    @Test
    void an_enabled_modules_override_replaces_the_platform_template_and_disabling_brings_the_platforms_back() throws Exception {
        assertThat(html(get("/"))).contains("<h1 class=\"looks-home\">튜닝된 홈</h1>");
        assertThat(html(get("/search").param("q", "티셔츠"))).contains("data-overridden-by=\"test.looks\"");

        lifecycle.disable(LooksModule.ID);

        assertThat(html(get("/"))).doesNotContain("looks-home");
        assertThat(html(get("/search").param("q", "티셔츠"))).doesNotContain("data-overridden-by");
    }

    @Test
    void an_override_based_on_an_older_platform_template_is_reported_in_admin_and_by_the_upgrade_report() throws Exception {
        String tuning = html(get("/admin/tuning").cookie(owner()));

        assertThat(tuning).contains("test.looks 모듈: 덮어쓴 storefront/home.html은(는) 이전 버전의 템플릿을 기반으로 합니다.")
                .doesNotContain("덮어쓴 storefront/search.html은(는) 이전 버전");
        assertThat(upgrade.findings().outdatedOverrides()).singleElement().satisfies(override -> {
            assertThat(override.template()).isEqualTo("storefront/home");
            assertThat(override.basedOn()).isEqualTo(LooksModule.OLD_HOME);
            assertThat(override.current()).isEqualTo(LooksModule.fingerprintOfThePlatforms("templates/storefront/home.html"));
        });
        assertThat(upgrade.findings().lines()).anySatisfy(line -> assertThat(line)
                .contains("test.looks: your override of storefront/home.html was based on an older version"));
    }

    private Cookie owner() throws Exception {
        return mvc.perform(formLogin("/admin/login").user("admin").password("it-owner-password"))
                .andReturn().getResponse().getCookie("SESSION");
    }

    private String html(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
