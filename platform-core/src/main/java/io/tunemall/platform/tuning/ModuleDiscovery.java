package io.tunemall.platform.tuning;

import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.SdkVersion;
import io.tunemall.sdk.module.TuningModule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.function.Supplier;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds tuning modules on the platform's classpath and as drop-in jars in the tuning folder, and decides which may
 * run. Each drop-in jar gets its own class loader whose parent is the platform's, so the SDK types a module sees are
 * the platform's own.
 */
class ModuleDiscovery {

    private static final Logger log = LoggerFactory.getLogger(ModuleDiscovery.class);

    static final String SERVICE_FILE = "META-INF/services/" + TuningModule.class.getName();

    private final ClassLoader platform;

    ModuleDiscovery(ClassLoader platform) {
        this.platform = platform;
    }

    List<LoadedModule> discover(Path dropInFolder) {
        List<LoadedModule> found = new ArrayList<>();
        for (ServiceLoader.Provider<TuningModule> provider : providersOnTheClasspath()) {
            found.add(check(provider.type().getName(), "classpath", provider::get));
        }
        for (Path jar : jarsIn(dropInFolder)) {
            found.addAll(loadDropIn(jar));
        }
        return refuseDuplicates(found);
    }

    private List<ServiceLoader.Provider<TuningModule>> providersOnTheClasspath() {
        try {
            return ServiceLoader.load(TuningModule.class, platform).stream().toList();
        } catch (ServiceConfigurationError broken) {
            log.error("A tuning module on the classpath is broken and none of the classpath modules are used", broken);
            return List.of();
        }
    }

    /** Reads the jar's own service file, so that modules of the classpath are not found again through the parent. */
    private List<LoadedModule> loadDropIn(Path jar) {
        String source = jar.getFileName().toString();
        List<String> classNames;
        try (JarFile file = new JarFile(jar.toFile())) {
            JarEntry services = file.getJarEntry(SERVICE_FILE);
            if (services == null) {
                log.error("{} in the tuning folder has no {} and is not used", source, SERVICE_FILE);
                return List.of(LoadedModule.refused(source, null, source, "the jar names no TuningModule in " + SERVICE_FILE));
            }
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(file.getInputStream(services), StandardCharsets.UTF_8))) {
                classNames = lines.lines().map(line -> line.replaceFirst("#.*", "").trim()).filter(l -> !l.isEmpty()).toList();
            }
        } catch (IOException failure) {
            log.error("{} in the tuning folder cannot be read and is not used", source, failure);
            return List.of(LoadedModule.refused(source, null, source, "cannot be read: " + failure.getMessage()));
        }
        ClassLoader loader = new URLClassLoader(new URL[] {url(jar)}, platform);
        return classNames.stream().map(name -> check(name, source, () -> instantiate(loader, name))).toList();
    }

    private static TuningModule instantiate(ClassLoader loader, String className) {
        try {
            Class<?> type = Class.forName(className, true, loader);
            return (TuningModule) type.getConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException broken) {
            throw new IllegalStateException(className + " is not a TuningModule with a public no-argument constructor",
                    broken);
        }
    }

    private LoadedModule check(String name, String source, Supplier<TuningModule> instance) {
        ModuleManifest manifest;
        TuningModule module;
        try {
            module = instance.get();
            manifest = module.manifest();
        } catch (ServiceConfigurationError | RuntimeException | LinkageError broken) {
            log.error("Tuning module {} from {} cannot be loaded and is not used: {}", name, source, broken.toString());
            return LoadedModule.refused(name, null, source, "cannot be loaded: " + broken.getMessage());
        }
        SdkVersion.Range range = SdkVersion.Range.parse(manifest.sdkRange());
        if (!range.contains(SdkVersion.CURRENT)) {
            String reason = "needs tuning SDK " + manifest.sdkRange() + " but this platform implements SDK "
                    + SdkVersion.CURRENT;
            log.error("Tuning module {} {} from {} is not used: it {}", manifest.id(), manifest.version(), source, reason);
            return LoadedModule.refused(manifest.id(), manifest, source, reason);
        }
        log.info("Found tuning module {} {} ({}) in {}", manifest.id(), manifest.version(), manifest.vendor(), source);
        return LoadedModule.accepted(manifest, source, module);
    }

    private static List<LoadedModule> refuseDuplicates(List<LoadedModule> found) {
        Map<String, LoadedModule> first = new HashMap<>();
        List<LoadedModule> result = new ArrayList<>();
        for (LoadedModule module : found) {
            LoadedModule earlier = module.isAccepted() ? first.putIfAbsent(module.id(), module) : null;
            if (earlier != null) {
                String reason = "the id " + module.id() + " is already taken by the module from " + earlier.source();
                log.error("Tuning module from {} is not used: {}", module.source(), reason);
                result.add(LoadedModule.refused(module.id(), module.manifest(), module.source(), reason));
            } else {
                result.add(module);
            }
        }
        return result;
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar")).sorted().toList();
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot list the tuning folder " + folder, failure);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
