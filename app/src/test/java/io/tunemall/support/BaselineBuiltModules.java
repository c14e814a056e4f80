package io.tunemall.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Before any test runs (and so before the shared application context starts), compiles every example module in
 * {@code tuning-examples/} against the released SDK baseline jar alone, {@code tuning-sdk/baseline/tuning-sdk-1.0.0.jar},
 * never against the SDK being built, and drops the jars into the test tuning folder ({@link #FOLDER}). The platform
 * under test then loads them exactly as a shop loads a module an agency built a year ago: a module that needs anything
 * the 1.0.0 SDK did not have fails to compile here, and a platform that broke 1.0.0 modules fails their tests.
 */
public class BaselineBuiltModules implements LauncherSessionListener {

    /** The tuning folder of the integration tests (application-it.yml). */
    public static final Path FOLDER = Path.of("target/it-tuning");
    public static final Path BASELINE = Path.of("../tuning-sdk/baseline/tuning-sdk-1.0.0.jar");
    static final Path EXAMPLES = Path.of("../tuning-examples");

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            Files.createDirectories(FOLDER);
            try (Stream<Path> old = Files.list(FOLDER)) {
                for (Path jar : old.filter(f -> f.toString().endsWith(".jar")).toList()) {
                    Files.delete(jar);
                }
            }
            for (Path example : examples()) {
                build(example);
            }
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot build the example modules against the SDK baseline", failure);
        }
    }

    /** The example modules: folders of tuning-examples with a TuningModule service file. */
    public static List<Path> examples() throws IOException {
        if (!Files.isDirectory(EXAMPLES)) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(EXAMPLES)) {
            return folders.filter(folder -> Files.exists(
                    folder.resolve("src/main/resources/META-INF/services/io.tunemall.sdk.module.TuningModule")))
                    .sorted().toList();
        }
    }

    public static Path jarOf(String example) {
        return FOLDER.resolve(example + "-built-against-sdk-1.0.0.jar");
    }

    private static void build(Path example) throws IOException {
        Path classes = Files.createTempDirectory("tuning-example-classes");
        List<String> arguments = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-nowarn",
                "-classpath", BASELINE.toString(), "-d", classes.toString()));
        List<Path> sources;
        try (Stream<Path> files = Files.walk(example.resolve("src/main/java"))) {
            sources = files.filter(f -> f.toString().endsWith(".java")).toList();
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter errors = new StringWriter();
        boolean compiled;
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            compiled = javac.getTask(errors, files, null, arguments, null, files.getJavaFileObjectsFromPaths(sources)).call();
        }
        if (!compiled) {
            throw new IllegalStateException("The example module " + example.getFileName()
                    + " does not compile against the tuning SDK 1.0.0 baseline alone:\n" + errors);
        }
        try (OutputStream file = Files.newOutputStream(jarOf(example.getFileName().toString()));
                JarOutputStream jar = new JarOutputStream(file)) {
            add(jar, classes);
            Path resources = example.resolve("src/main/resources");
            if (Files.isDirectory(resources)) {
                add(jar, resources);
            }
        }
    }

    private static void add(JarOutputStream jar, Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                jar.putNextEntry(new JarEntry(root.relativize(file).toString().replace('\\', '/')));
                Files.copy(file, jar);
                jar.closeEntry();
            }
        }
    }
}
