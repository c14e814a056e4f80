package io.tunemall;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import io.tunemall.order.fixture.OrderCodeReachingIntoCatalogInternals;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModuleBoundariesTest {

    static final JavaClasses PLATFORM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.tunemall");

    @Test
    void spring_modulith_finds_no_cycle_and_no_access_to_another_modules_internals() {
        ApplicationModules modules = ApplicationModules.of(TunemallApplication.class,
                JavaClass.Predicates.resideInAPackage("io.tunemall.sdk.."));
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("catalog", "member", "order", "payment", "shipping", "admin", "storefront", "platform");
        modules.verify();
    }

    @Test
    void domain_modules_are_used_only_through_their_api() {
        ModuleRules.ONLY_THROUGH_API.check(PLATFORM);
    }

    @Test
    void nothing_depends_on_the_admin_or_storefront_web_modules() {
        ModuleRules.NOBODY_DEPENDS_ON_WEB.check(PLATFORM);
    }

    @Test
    void the_platform_core_depends_on_no_domain() {
        ModuleRules.PLATFORM_IS_BELOW_THE_DOMAINS.check(PLATFORM);
    }

    @Test
    void the_tuning_sdk_depends_on_nothing_but_the_jdk() {
        ModuleRules.SDK_STANDS_ALONE.check(PLATFORM);
    }

    @Test
    void the_rules_catch_code_that_reaches_into_another_modules_internals() {
        JavaClasses offender = new ClassFileImporter().importClasses(OrderCodeReachingIntoCatalogInternals.class);

        EvaluationResult result = ModuleRules.ONLY_THROUGH_API.evaluate(offender);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("io.tunemall.catalog.product.Products"));
    }
}
