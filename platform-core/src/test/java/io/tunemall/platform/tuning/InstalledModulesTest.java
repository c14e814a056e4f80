package io.tunemall.platform.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class InstalledModulesTest {

    @TempDir
    Path tuningFolder;

    @Test
    void drop_in_modules_are_loaded_and_their_hooks_join_the_chains() throws IOException {
        dropIn("exclaim.jar", SampleModules.Exclaiming.class);

        InstalledModules modules = new InstalledModules(tuningFolder, new DefaultListableBeanFactory());
        HookChains chains = new HookChains(modules.hooks(), new ModuleSwitches(), new SimpleMeterRegistry(), 20);

        assertThat(byId(modules).get("acme.exclaim").isAccepted()).isTrue();
        assertThat(byId(modules).get("acme.exclaim").source()).isEqualTo("exclaim.jar");
        assertThat(chains.chain(SampleModules.LABEL).collect(label -> label.apply("sale"))).containsExactly("sale!");
    }

    @Test
    void a_module_for_another_sdk_is_refused_with_the_reason_and_the_rest_still_load() throws IOException {
        dropIn("future.jar", SampleModules.FromTheFuture.class);
        dropIn("exclaim.jar", SampleModules.Exclaiming.class);

        Map<String, LoadedModule> modules = byId(new InstalledModules(tuningFolder, new DefaultListableBeanFactory()));

        assertThat(modules.get("acme.future").isAccepted()).isFalse();
        assertThat(modules.get("acme.future").refusal()).isEqualTo(
                "needs tuning SDK [2.0,3.0) but this platform implements SDK 1.0.0");
        assertThat(modules.get("acme.exclaim").isAccepted()).isTrue();
    }

    @Test
    void a_module_failing_while_contributing_is_refused_and_adds_no_hooks() throws IOException {
        dropIn("broken.jar", SampleModules.BrokenWhileContributing.class);

        InstalledModules modules = new InstalledModules(tuningFolder, new DefaultListableBeanFactory());

        assertThat(byId(modules).get("acme.broken").refusal()).contains("missing configuration");
        assertThat(modules.hooks()).isEmpty();
    }

    @Test
    void a_module_may_not_attach_hooks_in_another_modules_name() throws IOException {
        dropIn("impostor.jar", SampleModules.Impostor.class);

        InstalledModules modules = new InstalledModules(tuningFolder, new DefaultListableBeanFactory());

        assertThat(byId(modules).get("acme.impostor").refusal()).contains("in the name of module acme.exclaim");
        assertThat(modules.hooks()).isEmpty();
    }

    @Test
    void two_jars_with_the_same_module_id_keep_the_first_and_refuse_the_second() throws IOException {
        dropIn("a-exclaim.jar", SampleModules.Exclaiming.class);
        dropIn("b-exclaim-again.jar", SampleModules.SameIdAgain.class);

        InstalledModules modules = new InstalledModules(tuningFolder, new DefaultListableBeanFactory());

        assertThat(modules.all()).filteredOn(LoadedModule::isAccepted).singleElement()
                .satisfies(module -> assertThat(module.source()).isEqualTo("a-exclaim.jar"));
        assertThat(modules.all()).filteredOn(module -> !module.isAccepted()).singleElement()
                .satisfies(module -> assertThat(module.refusal()).contains("already taken by the module from a-exclaim.jar"));
    }

    @Test
    void a_jar_that_names_no_module_is_listed_as_refused() throws IOException {
        try (OutputStream out = Files.newOutputStream(tuningFolder.resolve("empty.jar"));
                JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry("readme.txt"));
        }

        InstalledModules modules = new InstalledModules(tuningFolder, new DefaultListableBeanFactory());

        assertThat(modules.all()).singleElement().satisfies(module -> assertThat(module.refusal()).contains("names no TuningModule"));
    }

    @Test
    void two_modules_overriding_one_template_stop_the_start_naming_both() throws IOException {
        dropIn("look-a.jar", SampleModules.LookA.class);
        dropIn("look-b.jar", SampleModules.LookB.class);

        assertThatThrownBy(() -> new InstalledModules(tuningFolder, new DefaultListableBeanFactory()))
                .hasMessageContaining("storefront/product").hasMessageContaining("[acme.look-a, acme.look-b]");
    }

    @Test
    void a_module_overriding_a_template_it_does_not_ship_is_refused() throws IOException {
        dropIn("look-a.jar", SampleModules.LookA.class);
        dropIn("look-none.jar", SampleModules.LookWithoutFile.class);

        Map<String, LoadedModule> modules = byId(new InstalledModules(tuningFolder, new DefaultListableBeanFactory()));

        assertThat(modules.get("acme.look-a").isAccepted()).isTrue();
        assertThat(modules.get("acme.look-none").refusal())
                .contains("overrides storefront/product but ships no tuning/acme.look-none/templates/overrides/storefront/product.html");
    }

    private void dropIn(String jarName, Class<?> moduleClass) throws IOException {
        try (OutputStream out = Files.newOutputStream(tuningFolder.resolve(jarName));
                JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(ModuleDiscovery.SERVICE_FILE));
            jar.write((moduleClass.getName() + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private static Map<String, LoadedModule> byId(InstalledModules modules) {
        return modules.all().stream().collect(Collectors.toMap(LoadedModule::id, Function.identity(), (a, b) -> a));
    }
}
