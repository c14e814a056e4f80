package io.tunemall.examples.fitfinder;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.tunemall.sdk.admin.ModuleSettings;
import io.tunemall.sdk.catalog.CatalogReader;
import io.tunemall.sdk.data.ModuleDatabase;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Reply;
import io.tunemall.tuning.testkit.FakeCatalog;
import io.tunemall.tuning.testkit.FakeModuleContext;
import io.tunemall.tuning.testkit.FakeSettings;
import io.tunemall.tuning.testkit.ModuleHarness;
import io.tunemall.tuning.testkit.TestModuleDatabase;
import io.tunemall.tuning.testkit.TestRequest;
import io.tunemall.tuning.testkit.TuningModuleRules;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FitFinderTest {

    static final String ID = FitFinder.ID;
    static final String KEY = "erp-key-0123456789";

    final FakeCatalog catalog = new FakeCatalog();
    final FakeSettings settings = new FakeSettings(new FitFinderSettings(3, "사이즈", KEY));
    final ModuleHarness module = ModuleHarness.of(new FitFinder(), new FakeModuleContext(ID)
            .with(ModuleDatabase.class, TestModuleDatabase.of(ID)).with(CatalogReader.class, catalog)
            .with(ModuleSettings.class, settings));

    long product(String name, int stockS, int stockM, String... tags) {
        long id = catalog.product(name, 29_000, tags);
        catalog.variant(id, name + "-S", Map.of("색상", "블랙", "사이즈", "S"), stockS);
        catalog.variant(id, name + "-M", Map.of("색상", "블랙", "사이즈", "M"), stockM);
        return id;
    }

    @SuppressWarnings("unchecked")
    List<String> recommended(String gender, String size, String fit) {
        Reply reply = module.route(Area.STOREFRONT, "POST", "/").handle(TestRequest.post(Area.STOREFRONT, ID, "/")
                .parameter("gender", gender).parameter("size", size).parameter("fit", fit));
        assertThat(reply).isInstanceOf(Reply.Page.class);
        return ((List<Recommendation>) ((Reply.Page) reply).model().get("recommendations")).stream()
                .map(pick -> pick.product().name()).toList();
    }

    Reply report(String key, String csv) {
        return module.route(Area.API, "POST", "/inventory").handle(TestRequest.post(Area.API, ID, "/inventory")
                .header("X-ERP-Key", key).body(csv));
    }

    @Test
    void the_quiz_recommends_products_of_the_fit_and_gender_in_stock_in_the_size_newest_first() {
        product("slim-women-old", 0, 5, "fit:slim", "gender:women");
        product("slim-unisex", 0, 2, "fit:slim", "gender:unisex");
        product("slim-men", 0, 9, "fit:slim", "gender:men");
        product("slim-women-no-m", 4, 0, "fit:slim", "gender:women");
        product("relaxed-women", 0, 7, "fit:relaxed", "gender:women");
        product("slim-women-new", 0, 1, "fit:slim", "gender:women");

        assertThat(recommended("women", "m", "slim")).containsExactly("slim-women-new", "slim-unisex", "slim-women-old");
        assertThat(recommended("men", "S", "slim")).isEmpty();
    }

    @Test
    void at_most_as_many_as_the_owner_set_and_incomplete_answers_show_the_quiz_again() {
        for (int i = 0; i < 5; i++) {
            product("regular-" + i, 1, 1, "fit:regular", "gender:unisex");
        }
        assertThat(recommended("women", "S", "regular")).hasSize(3);
        settings.save(new FitFinderSettings(5, "사이즈", KEY));
        assertThat(recommended("women", "S", "regular")).hasSize(5);

        Reply incomplete = module.route(Area.STOREFRONT, "POST", "/").handle(TestRequest.post(Area.STOREFRONT, ID, "/")
                .parameter("gender", "women").parameter("size", "XXXL").parameter("fit", "slim"));
        assertThat(incomplete).isInstanceOfSatisfying(Reply.Page.class,
                page -> assertThat(page.model()).containsEntry("problem", true));
    }

    @Test
    void the_erps_stock_report_wins_over_the_shops_own_count() {
        product("slim-a", 0, 5, "fit:slim", "gender:women");
        product("slim-b", 0, 0, "fit:slim", "gender:women");

        assertThat(report(KEY, "sku,quantity\nslim-a-M,0\nslim-b-M,4\n")).isEqualTo(Reply.json(Map.of("received", 2)));

        assertThat(recommended("women", "M", "slim")).containsExactly("slim-b");
    }

    @Test
    void a_report_without_the_right_key_or_with_a_bad_line_changes_nothing() {
        product("slim-a", 0, 5, "fit:slim", "gender:women");

        assertThat(report("wrong-key-0123456789", "slim-a-M,0")).isInstanceOfSatisfying(Reply.Problem.class,
                problem -> assertThat(problem.status()).isEqualTo(401));
        assertThat(report(KEY, "slim-a-M,0\nslim-a-S,lots")).isInstanceOfSatisfying(Reply.Problem.class,
                problem -> assertThat(problem.detail()).contains("Line 2"));
        settings.save(new FitFinderSettings(3, "사이즈", ""));
        assertThat(report("", "slim-a-M,0")).isInstanceOfSatisfying(Reply.Problem.class,
                problem -> assertThat(problem.status()).isEqualTo(503));

        assertThat(recommended("women", "M", "slim")).containsExactly("slim-a");
    }

    @Test
    void answers_are_kept_for_the_admin_page() {
        product("slim-a", 0, 5, "fit:slim", "gender:women");
        recommended("women", "M", "slim");
        recommended("men", "L", "relaxed");

        Reply page = module.route(Area.ADMIN, "GET", "/answers").handle(TestRequest.get(Area.ADMIN, ID, "/answers")
                .user("md", FitFinder.READ));
        assertThat(page).isInstanceOfSatisfying(Reply.Page.class, answers -> assertThat(answers.model().get("answers"))
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
                .extracting(answer -> ((RecordedAnswer) answer).size() + "/" + ((RecordedAnswer) answer).recommended())
                .containsExactly("L/0", "M/1"));
    }

    @Test
    void the_module_uses_only_the_sdk() {
        TuningModuleRules.usesOnlyTheSdk("io.tunemall.examples.fitfinder").check(new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("io.tunemall.examples.fitfinder"));
    }
}
