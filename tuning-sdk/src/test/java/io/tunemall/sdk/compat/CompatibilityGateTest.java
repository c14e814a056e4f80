package io.tunemall.sdk.compat;

import static org.assertj.core.api.Assertions.assertThat;

import japicmp.cmp.JApiCmpArchive;
import japicmp.cmp.JarArchiveComparator;
import japicmp.cmp.JarArchiveComparatorOptions;
import japicmp.model.AccessModifier;
import japicmp.model.JApiClass;
import japicmp.model.JApiCompatibility;
import japicmp.model.JApiCompatibilityChange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javassist.ClassPool;
import javassist.CtClass;
import javassist.CtMethod;
import javassist.CtNewMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The compatibility gate, shown to work. The gate itself is japicmp-maven-plugin in {@code verify} (tuning-sdk/pom.xml);
 * this test runs japicmp's own comparator with the same settings (protected and public API, binary and source
 * compatibility) on jars it mutates, so a gate that stopped catching breaking changes fails here first.
 */
class CompatibilityGateTest {

    static final Path BASELINE = Path.of(System.getProperty("tuning-sdk.baseline", "baseline/tuning-sdk-1.0.0.jar"));

    @TempDir
    Path work;

    @Test
    void the_sdk_built_now_keeps_every_promise_of_the_baseline() throws Exception {
        Path current = jarOf(Path.of("target/classes"), work.resolve("current.jar"));

        assertThat(breakingChanges(BASELINE, current)).isEmpty();
    }

    @Test
    void removing_a_public_method_is_caught() throws Exception {
        Path mutated = mutate("io.tunemall.sdk.Money", type -> {
            type.removeMethod(type.getDeclaredMethod("plus"));
            return type;
        });

        assertThat(breakingChanges(BASELINE, mutated)).anySatisfy(change -> assertThat(change)
                .contains("io.tunemall.sdk.Money").contains("plus").contains("METHOD_REMOVED"));
    }

    @Test
    void a_new_abstract_method_on_an_interface_modules_implement_is_caught() throws Exception {
        Path mutated = mutate("io.tunemall.sdk.catalog.ProductDetailContributor", type -> {
            type.addMethod(CtNewMethod.abstractMethod(CtClass.booleanType, "appliesTo", new CtClass[0], null, type));
            return type;
        });

        assertThat(breakingChanges(BASELINE, mutated)).anySatisfy(change -> assertThat(change)
                .contains("ProductDetailContributor").contains("appliesTo").contains("METHOD_ADDED_TO_INTERFACE"));
    }

    @Test
    void removing_a_public_type_is_caught() throws Exception {
        Path mutated = rewrite(BASELINE, work.resolve("without-hook.jar"),
                name -> name.equals("io/tunemall/sdk/extension/Hook.class") ? null : name, bytes -> bytes);

        assertThat(breakingChanges(BASELINE, mutated)).anySatisfy(change -> assertThat(change)
                .contains("io.tunemall.sdk.extension.Hook").contains("CLASS_REMOVED"));
    }

    @Test
    void an_added_default_method_passes_the_gate() throws Exception {
        Path mutated = mutate("io.tunemall.sdk.catalog.ProductDetailContributor", type -> {
            CtMethod method = CtNewMethod.make("public boolean appliesTo() { return true; }", type);
            type.addMethod(method);
            return type;
        });

        assertThat(breakingChanges(BASELINE, mutated)).isEmpty();
    }

    /** What the plugin reports as breaking: every class or member that is not binary or not source compatible. */
    static List<String> breakingChanges(Path oldJar, Path newJar) {
        JarArchiveComparatorOptions options = new JarArchiveComparatorOptions();
        options.setAccessModifier(AccessModifier.PROTECTED);
        List<JApiClass> classes = new JarArchiveComparator(options).compare(
                new JApiCmpArchive(oldJar.toFile(), "1.0.0"), new JApiCmpArchive(newJar.toFile(), "current"));
        List<String> breaking = new ArrayList<>();
        for (JApiClass type : classes) {
            report(type.getFullyQualifiedName(), type, breaking);
            type.getMethods().forEach(method -> report(type.getFullyQualifiedName() + "#" + method.getName(), method, breaking));
            type.getConstructors().forEach(constructor -> report(type.getFullyQualifiedName() + "#<init>", constructor, breaking));
            type.getFields().forEach(field -> report(type.getFullyQualifiedName() + "." + field.getName(), field, breaking));
        }
        return breaking;
    }

    private static void report(String element, JApiCompatibility compatibility, List<String> breaking) {
        for (JApiCompatibilityChange change : compatibility.getCompatibilityChanges()) {
            if (!change.isBinaryCompatible() || !change.isSourceCompatible()) {
                breaking.add(element + ": " + change.getType());
            }
        }
    }

    private interface Mutation {
        CtClass apply(CtClass type) throws Exception;
    }

    private Path mutate(String className, Mutation mutation) throws Exception {
        ClassPool pool = new ClassPool(true);
        pool.insertClassPath(BASELINE.toString());
        CtClass type = mutation.apply(pool.get(className));
        byte[] changed = type.toBytecode();
        String entry = className.replace('.', '/') + ".class";
        return rewrite(BASELINE, work.resolve("mutated.jar"), UnaryOperator.identity(),
                bytes -> bytes.name().equals(entry) ? new Entry(entry, changed) : bytes);
    }

    record Entry(String name, byte[] bytes) {
    }

    private static Path rewrite(Path source, Path target, UnaryOperator<String> keep, UnaryOperator<Entry> change)
            throws IOException {
        try (JarFile in = new JarFile(source.toFile()); OutputStream file = Files.newOutputStream(target);
                JarOutputStream out = new JarOutputStream(file)) {
            for (JarEntry entry : in.stream().toList()) {
                if (entry.isDirectory() || keep.apply(entry.getName()) == null) {
                    continue;
                }
                Entry written = change.apply(new Entry(entry.getName(), in.getInputStream(entry).readAllBytes()));
                out.putNextEntry(new JarEntry(written.name()));
                new ByteArrayInputStream(written.bytes()).transferTo(out);
                out.closeEntry();
            }
        }
        return target;
    }

    private static Path jarOf(Path classes, Path target) throws IOException {
        try (OutputStream file = Files.newOutputStream(target); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> files = Files.walk(classes)) {
            for (Path path : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                Files.copy(path, out);
                out.closeEntry();
            }
        }
        return target;
    }
}
