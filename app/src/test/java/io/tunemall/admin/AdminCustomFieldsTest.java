package io.tunemall.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.micrometer.core.instrument.MeterRegistry;
import io.tunemall.platform.tuning.ModuleFacade;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import io.tunemall.sdk.field.InvalidFieldValue;
import io.tunemall.storefront.CatalogFixture;
import io.tunemall.support.IntegrationTest;
import io.tunemall.tuning.FieldsModule;
import jakarta.servlet.http.Cookie;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Custom fields a module declares on products: in the admin form, validated, stored, on the page and in the API. */
@IntegrationTest
class AdminCustomFieldsTest {

    static final String ORIGIN = "custom:test.fields:origin";

    @Autowired
    MockMvc mvc;
    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MeterRegistry meters;

    Cookie owner;
    long category;
    final String unique = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() throws Exception {
        owner = StaffSession.login(mvc);
        category = new CatalogFixture(context).category("fields");
        lifecycle.install(FieldsModule.ID);
    }

    @AfterEach
    void uninstallEverything() {
        lifecycle.statuses().stream().filter(ModuleStatus::installed).forEach(m -> lifecycle.uninstall(m.id(), false));
    }

    @Test
    void the_product_form_shows_the_modules_fields_refuses_bad_values_next_to_them_and_saves_good_ones() throws Exception {
        String form = html(get("/admin/products/new").cookie(owner));
        assertThat(form).contains("<h2>상품 부가 정보</h2>", "name=\"" + ORIGIN + "\"", "type=\"number\"", "type=\"date\"",
                "name=\"custom:test.fields:organic\"", "<option value=\"특\">특</option>", "name=\"custom:test.fields:cost\"")
                .doesNotContain("employee-number");

        String refused = mvc.perform(tee("refused").set(ORIGIN, "").set("custom:test.fields:abv", "120")
                        .post("/admin/products/new", owner))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("값을 입력하세요.", "100 이하여야 합니다.", "value=\"120\"", "저장하지 못했습니다. 표시된 항목을 확인해 주세요.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM product WHERE slug = ?", Integer.class, "cf-refused-" + unique))
                .as("nothing saved while a custom field is wrong").isZero();

        String location = mvc.perform(tee("saved").set(ORIGIN, "국내산").set("custom:test.fields:abv", "12.5")
                        .set("custom:test.fields:organic", "true").set("custom:test.fields:harvested", "2026-10-03")
                        .set("custom:test.fields:grade", "특").set("custom:test.fields:cost", "4200")
                        .post("/admin/products/new", owner))
                .andExpect(redirectedUrlPattern("/admin/products/*")).andReturn().getResponse().getRedirectedUrl();
        String edit = html(get(location).cookie(owner));
        assertThat(edit).contains("value=\"국내산\"", "value=\"12.5\"", "value=\"2026-10-03\"", "checked",
                "<option value=\"특\" selected=\"selected\">특</option>", "value=\"4200\"");

        String page = html(get("/products/cf-saved-" + unique));
        assertThat(page).contains("<dt>원산지</dt>", "<dd data-field=\"test.fields:origin\">국내산</dd>", "<dd data-field=\"test.fields:abv\">12.5</dd>",
                "<dd data-field=\"test.fields:organic\">예</dd>", "2026-10-03", "<dd data-field=\"test.fields:grade\">특</dd>")
                .as("an admin-only field stays off the storefront").doesNotContain("매입가", "4200");
        mvc.perform(get("/api/v1/storefront/products/cf-saved-" + unique))
                .andExpect(jsonPath("$.customFields['test.fields'].origin").value("국내산"))
                .andExpect(jsonPath("$.customFields['test.fields'].abv").value(12.5))
                .andExpect(jsonPath("$.customFields['test.fields'].organic").value(true))
                .andExpect(jsonPath("$.customFields['test.fields'].harvested").value("2026-10-03"))
                .andExpect(jsonPath("$.customFields['test.fields'].cost").doesNotExist());
    }

    @Test
    void a_disabled_modules_fields_leave_forms_and_pages_and_come_back_with_their_values() throws Exception {
        long id = new CatalogFixture(context).product(category, "toggled-" + unique, 50_000, 50_000, 1, p -> { });
        values().set(EntityType.PRODUCT, String.valueOf(id), "origin", "칠레산");

        lifecycle.disable(FieldsModule.ID);
        assertThat(html(get("/admin/products/" + id).cookie(owner))).doesNotContain(ORIGIN);
        assertThat(html(get("/products/" + id))).doesNotContain("칠레산");

        lifecycle.enable(FieldsModule.ID);
        assertThat(html(get("/products/" + id))).contains("<dd data-field=\"test.fields:origin\">칠레산</dd>");

        lifecycle.uninstall(FieldsModule.ID, false);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM custom_field_value WHERE module_id = ?", Integer.class,
                FieldsModule.ID)).as("uninstalled with its data: values gone").isZero();
    }

    @Test
    void a_module_reads_and_writes_only_its_own_fields_with_the_fields_rules() {
        CustomFieldValues values = values();
        String id = "999" + Math.abs(unique.hashCode() % 1000);

        values.set(EntityType.PRODUCT, id, "abv", new BigDecimal("40"));
        values.set(EntityType.PRODUCT, id, "harvested", LocalDate.of(2026, 9, 1));

        assertThat(values.of(EntityType.PRODUCT, id)).containsEntry("abv", new BigDecimal("40"))
                .containsEntry("harvested", LocalDate.of(2026, 9, 1));
        assertThat(values.get(EntityType.PRODUCT, id, "origin")).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> values.set(EntityType.PRODUCT, id, "abv", new BigDecimal("140")))
                .isInstanceOf(InvalidFieldValue.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> values.set(EntityType.PRODUCT, id, "nope", "x"))
                .hasMessageContaining("declares no PRODUCT field nope");
    }

    @Test
    void a_listing_page_reads_the_custom_fields_of_all_its_cards_in_one_query_whatever_its_size() throws Exception {
        CatalogFixture fixture = new CatalogFixture(context);
        long small = fixture.category("few-cards");
        long large = fixture.category("many-cards");
        for (int i = 0; i < 2; i++) {
            fixture.product(small, "few-" + i, 50_000, 50_000, i, p -> { });
        }
        for (int i = 0; i < 20; i++) {
            long id = fixture.product(large, "many-" + i, 50_000, 50_000, i, p -> { });
            values().set(EntityType.PRODUCT, String.valueOf(id), "origin", "국내산");
        }

        double beforeSmall = queries();
        html(get("/categories/" + fixture.slug("few-cards")));
        double small2 = queries() - beforeSmall;
        double beforeLarge = queries();
        html(get("/categories/" + fixture.slug("many-cards")));
        double large20 = queries() - beforeLarge;

        assertThat(small2).isEqualTo(1);
        assertThat(large20).as("20 cards cost what 2 cost").isEqualTo(small2);
    }

    private double queries() {
        return meters.get("tunemall.custom_fields.queries").counter().count();
    }

    @SuppressWarnings("unchecked")
    private CustomFieldValues values() {
        return context.getBeansOfType(ModuleFacade.class).values().stream()
                .filter(facade -> facade.type().equals(CustomFieldValues.class)).findFirst()
                .map(facade -> (CustomFieldValues) facade.forModule(FieldsModule.ID)).orElseThrow();
    }

    private ProductFormPost tee(String name) {
        return ProductFormPost.tee("필드 티셔츠 " + name + " " + unique, "cf-" + name + "-" + unique, category, "ON_SALE");
    }

    private String html(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
