package io.tunemall.tuning.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import io.tunemall.sdk.Money;
import io.tunemall.sdk.catalog.CatalogPoints;
import io.tunemall.sdk.catalog.ContentBlock;
import io.tunemall.sdk.catalog.ProductDetailContributor;
import io.tunemall.sdk.catalog.ProductView;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.tuning.testkit.sample.GreetingModule;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ModuleHarnessTest {

    static ProductView product(String name) {
        return new ProductView(7, "tee", name, null, 1, Money.won(10_000), Money.won(10_000), false, List.of());
    }

    static List<String> blocks(ModuleHarness harness, String productName) {
        return harness.chain(CatalogPoints.PRODUCT_DETAIL)
                .collect(contributor -> contributor.contribute(product(productName), Locale.KOREAN))
                .stream().flatMap(List::stream).map(ContentBlock::html).toList();
    }

    @Test
    void a_module_runs_through_the_platforms_own_chain() {
        ModuleHarness greeting = ModuleHarness.of(new GreetingModule());

        assertThat(blocks(greeting, "티셔츠")).containsExactly("<p>안녕 tee</p>");
        assertThat(greeting.report(CatalogPoints.PRODUCT_DETAIL)).singleElement()
                .satisfies(hook -> assertThat(hook.calls()).isEqualTo(1));
    }

    @Test
    void a_failing_hook_is_contained_by_the_points_policy_and_counted() {
        ModuleHarness greeting = ModuleHarness.of(new GreetingModule());

        assertThat(blocks(greeting, "broken")).isEmpty();
        assertThat(greeting.report(CatalogPoints.PRODUCT_DETAIL)).singleElement().satisfies(hook -> {
            assertThat(hook.failures()).isEqualTo(1);
            assertThat(hook.lastFailure()).contains("the greeting service is down");
        });
    }

    @Test
    void a_module_failing_call_after_call_is_switched_off_as_in_the_shop() {
        ModuleHarness greeting = ModuleHarness.of(new GreetingModule());

        for (int call = 0; call < ModuleHarness.AUTO_DISABLE_AFTER; call++) {
            blocks(greeting, "broken");
        }

        assertThat(greeting.isEnabled()).isFalse();
        assertThat(blocks(greeting, "티셔츠")).isEmpty();
    }

    @Test
    void a_disabled_module_does_nothing_and_comes_back_when_enabled() {
        ModuleHarness greeting = ModuleHarness.of(new GreetingModule()).disable();
        assertThat(blocks(greeting, "티셔츠")).isEmpty();

        greeting.enable();
        assertThat(blocks(greeting, "티셔츠")).hasSize(1);
    }

    @Test
    void the_declared_order_between_modules_is_the_platforms() {
        ProductDetailContributor base = (product, locale) -> List.of(new ContentBlock("base", null, "<p>base</p>"));
        ModuleHarness greeting = ModuleHarness.of(new GreetingModule())
                .alongside(Hook.after("acme.zzz-base", CatalogPoints.PRODUCT_DETAIL, base),
                        Hook.after("acme.base", CatalogPoints.PRODUCT_DETAIL, base));

        assertThat(blocks(greeting, "티셔츠")).containsExactly("<p>base</p>", "<p>안녕 tee</p>", "<p>base</p>");
    }

    @Test
    void a_module_the_platform_would_refuse_fails_the_test_with_the_reason() {
        TuningModule tooNew = () -> new ModuleManifest("acme.future", "Future", "1.0.0", "ACME", "[9.0,10.0)", Set.of());
        TuningModule impostor = new TuningModule() {
            @Override
            public ModuleManifest manifest() {
                return new ModuleManifest("acme.impostor", "Impostor", "1.0.0", "ACME", "[1.0,2.0)", Set.of());
            }

            @Override
            public List<Hook<?>> hooks(io.tunemall.sdk.module.ModuleContext context) {
                return List.of(Hook.after("acme.greeting", CatalogPoints.PRODUCT_DETAIL,
                        (ProductDetailContributor) (product, locale) -> List.of()));
            }
        };

        assertThatThrownBy(() -> ModuleHarness.of(tooNew)).hasMessageContaining("[9.0,10.0)");
        assertThatThrownBy(() -> ModuleHarness.of(impostor)).hasMessageContaining("in the name of acme.greeting");
    }

    @Test
    void the_fake_context_hands_out_what_the_test_provides_and_nothing_else() {
        FakeModuleContext context = new FakeModuleContext("acme.greeting").with(ProductDetailContributor.class,
                (product, locale) -> List.of());

        assertThat(context.facade(ProductDetailContributor.class)).isPresent();
        assertThat(context.facade(io.tunemall.sdk.catalog.ListingFilter.class)).isEmpty();
        assertThatThrownBy(() -> context.with(Runnable.class, () -> { })).hasMessageContaining("SDK facades only");
    }

    @Test
    void the_rules_pass_a_module_on_the_sdk_and_catch_one_reaching_into_the_platform() {
        TuningModuleRules.usesOnlyTheSdk("io.tunemall.tuning.testkit.sample")
                .check(new ClassFileImporter().importPackages("io.tunemall.tuning.testkit.sample"));

        EvaluationResult rogue = TuningModuleRules.usesOnlyTheSdk("io.tunemall.tuning.testkit.rogue")
                .evaluate(new ClassFileImporter().importPackages("io.tunemall.tuning.testkit.rogue"));

        assertThat(rogue.hasViolation()).isTrue();
        assertThat(rogue.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("io.tunemall.platform.tuning.ModuleSwitches"));
    }
}
