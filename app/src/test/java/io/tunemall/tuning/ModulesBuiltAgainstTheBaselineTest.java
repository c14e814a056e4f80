package io.tunemall.tuning;

import static org.assertj.core.api.Assertions.assertThat;

import io.tunemall.platform.tuning.InstalledModules;
import io.tunemall.platform.tuning.ModuleLifecycle;
import io.tunemall.platform.tuning.ModuleStatus;
import io.tunemall.support.BaselineBuiltModules;
import io.tunemall.support.IntegrationTest;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The example modules of {@code tuning-examples/}, compiled against the SDK 1.0.0 baseline jar and not rebuilt
 * ({@link BaselineBuiltModules}), are found in the tuning folder, accepted and installed by the current platform, each
 * from its own class loader. What they do there is in {@link ExampleModulesOnThePlatformTest}.
 */
@IntegrationTest
class ModulesBuiltAgainstTheBaselineTest {

    static final List<String> EXAMPLES = List.of("examples.country-of-origin", "examples.fit-finder",
            "examples.product-certificates", "examples.scheduled-delivery", "examples.employee-mall");

    @Autowired
    ModuleLifecycle lifecycle;
    @Autowired
    InstalledModules installed;

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

        assertThat(jars).containsExactlyInAnyOrder("country-of-origin-built-against-sdk-1.0.0.jar",
                "fit-finder-built-against-sdk-1.0.0.jar", "product-certificates-built-against-sdk-1.0.0.jar",
                "scheduled-delivery-built-against-sdk-1.0.0.jar", "employee-mall-built-against-sdk-1.0.0.jar");
        assertThat(lifecycle.statuses()).filteredOn(status -> jars.contains(status.source()))
                .extracting(ModuleStatus::id).containsExactlyInAnyOrderElementsOf(EXAMPLES);
        assertThat(lifecycle.statuses()).filteredOn(status -> jars.contains(status.source()))
                .allSatisfy(status -> assertThat(status.state()).as(status.id() + ": " + status.refusal()).isEqualTo("AVAILABLE"));
        assertThat(Files.size(BaselineBuiltModules.BASELINE)).as("compiled against the baseline jar").isPositive();
    }

    @Test
    void each_example_installs_runs_its_migrations_and_comes_from_its_own_jar() {
        for (String example : EXAMPLES) {
            lifecycle.install(example);
            assertThat(installed.all()).filteredOn(module -> module.id().equals(example)).singleElement()
                    .satisfies(module -> assertThat(module.module().getClass().getClassLoader())
                            .as(example + " is loaded from the drop-in jar, not the classpath").isInstanceOf(URLClassLoader.class));
        }
        assertThat(lifecycle.statuses()).filteredOn(ModuleStatus::installed).extracting(ModuleStatus::id)
                .containsExactlyInAnyOrderElementsOf(EXAMPLES);
    }
}
