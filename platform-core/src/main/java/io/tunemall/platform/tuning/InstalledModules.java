package io.tunemall.platform.tuning;

import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tuning modules of this node, found once at startup, and the hooks they contribute. A module that fails while
 * contributing is refused like one with the wrong SDK range: listed with its reason, not run, and the platform starts.
 */
@Component
public class InstalledModules {

    private static final Logger log = LoggerFactory.getLogger(InstalledModules.class);
    private static final String SDK_PACKAGE = "io.tunemall.sdk.";

    private final List<LoadedModule> modules = new ArrayList<>();
    private final List<Hook<?>> hooks = new ArrayList<>();

    InstalledModules(@Value("${tunemall.tuning.folder:./tuning}") Path folder, BeanFactory platform) {
        for (LoadedModule found : new ModuleDiscovery(getClass().getClassLoader()).discover(folder)) {
            modules.add(found.isAccepted() ? contribute(found, platform) : found);
        }
    }

    public List<LoadedModule> all() {
        return List.copyOf(modules);
    }

    List<Hook<?>> hooks() {
        return List.copyOf(hooks);
    }

    private LoadedModule contribute(LoadedModule module, BeanFactory platform) {
        try {
            List<Hook<?>> contributed = module.module().hooks(new Context(module.id(), platform));
            for (Hook<?> hook : contributed) {
                if (!hook.module().equals(module.id())) {
                    throw new IllegalStateException("it attaches a hook in the name of module " + hook.module());
                }
            }
            hooks.addAll(contributed);
            return module;
        } catch (RuntimeException | LinkageError broken) {
            log.error("Tuning module {} failed while contributing its hooks and is not used", module.id(), broken);
            return LoadedModule.refused(module.id(), module.manifest(), module.source(),
                    "failed while contributing its hooks: " + broken.getMessage());
        }
    }

    private record Context(String moduleId, BeanFactory platform) implements ModuleContext {

        @Override
        public <T> Optional<T> facade(Class<T> type) {
            if (!type.getName().startsWith(SDK_PACKAGE)) {
                throw new IllegalArgumentException("Modules may only ask for SDK facades, not " + type.getName());
            }
            return Optional.ofNullable(platform.getBeanProvider(type).getIfAvailable());
        }
    }
}
