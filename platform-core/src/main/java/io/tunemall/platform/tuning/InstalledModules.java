package io.tunemall.platform.tuning;

import io.tunemall.sdk.admin.AdminMenuEntry;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.view.TemplateOverride;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.schedule.ScheduledTask;
import java.nio.file.Path;
import io.tunemall.sdk.web.Route;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ListableBeanFactory;
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
    private final Map<String, List<Route>> routes = new HashMap<>();
    private final Map<String, List<CustomField>> fields = new HashMap<>();
    private final Map<String, TemplateOverride> overrides = new HashMap<>();
    private final Map<String, List<AdminMenuEntry>> menus = new HashMap<>();
    private final Map<String, Record> settings = new HashMap<>();
    private final Map<String, String> overriddenBy = new HashMap<>();
    private final List<ModuleTask> tasks = new ArrayList<>();

    InstalledModules(@Value("${tunemall.tuning.folder:./tuning}") Path folder, BeanFactory platform) {
        for (LoadedModule found : new ModuleDiscovery(getClass().getClassLoader()).discover(folder)) {
            modules.add(found.isAccepted() ? contribute(found, platform) : found);
        }
        modules.stream().filter(LoadedModule::isAccepted).forEach(this::registerOverrides);
    }

    public List<LoadedModule> all() {
        return List.copyOf(modules);
    }

    List<Hook<?>> hooks() {
        return List.copyOf(hooks);
    }

    /** The scheduled tasks of every accepted module. */
    List<ModuleTask> tasks() {
        return List.copyOf(tasks);
    }

    /** The routes of every accepted module, by module id. */
    public Map<String, List<Route>> routes() {
        return Map.copyOf(routes);
    }

    /** The custom fields of every accepted module, by module id. */
    public Map<String, List<CustomField>> customFields() {
        return Map.copyOf(fields);
    }

    /** Which module overrides a platform template, if one does (whether or not it is enabled). */
    public Optional<String> overriderOf(String template) {
        return Optional.ofNullable(overriddenBy.get(template));
    }

    /** Every template override of the accepted modules, by module id. */
    public Map<String, List<TemplateOverride>> templateOverrides() {
        Map<String, List<TemplateOverride>> byModule = new HashMap<>();
        overriddenBy.forEach((template, module) ->
                byModule.computeIfAbsent(module, id -> new ArrayList<>()).add(overrides.get(template)));
        return byModule;
    }

    /** The admin menu entries of every accepted module, by module id. */
    public Map<String, List<AdminMenuEntry>> adminMenus() {
        return Map.copyOf(menus);
    }

    /** A module's default settings, when it has settings. */
    public Optional<Record> defaultSettings(String moduleId) {
        return Optional.ofNullable(settings.get(moduleId));
    }

    /** An accepted module by its id. */
    public Optional<LoadedModule> accepted(String id) {
        return modules.stream().filter(module -> module.isAccepted() && module.id().equals(id)).findFirst();
    }

    private LoadedModule contribute(LoadedModule module, BeanFactory platform) {
        try {
            Context context = new Context(module.id(), platform);
            List<Hook<?>> contributed = module.module().hooks(context);
            for (Hook<?> hook : contributed) {
                if (!hook.module().equals(module.id())) {
                    throw new IllegalStateException("it attaches a hook in the name of module " + hook.module());
                }
            }
            List<Route> mounted = checked(module, module.module().routes(context));
            List<CustomField> declared = checkedFields(module.module().customFields());
            for (TemplateOverride override : module.module().templateOverrides()) {
                String file = "tuning/" + module.id() + "/templates/overrides/" + override.template() + ".html";
                if (module.module().getClass().getClassLoader().getResource(file) == null) {
                    throw new IllegalStateException("it overrides " + override.template() + " but ships no " + file);
                }
            }
            List<AdminMenuEntry> menu = List.copyOf(module.module().adminMenu());
            for (AdminMenuEntry entry : menu) {
                if (!module.manifest().permissions().contains(entry.permission())) {
                    throw new IllegalStateException("its menu entry " + entry.path() + " requires the permission "
                            + entry.permission() + ", which the manifest does not declare");
                }
            }
            Record defaults = module.module().defaultSettings();
            if (defaults != null) {
                SettingsRecords.check(defaults.getClass());
            }
            List<ModuleTask> scheduled = checkedTasks(module, module.module().scheduledTasks(context));
            hooks.addAll(contributed);
            scheduled.forEach(task -> hooks.add(task.hook()));
            tasks.addAll(scheduled);
            routes.put(module.id(), mounted);
            fields.put(module.id(), declared);
            menus.put(module.id(), menu);
            if (defaults != null) {
                settings.put(module.id(), defaults);
            }
            return module;
        } catch (RuntimeException | LinkageError broken) {
            log.error("Tuning module {} failed while contributing its hooks and routes and is not used", module.id(), broken);
            return LoadedModule.refused(module.id(), module.manifest(), module.source(),
                    "failed while contributing its hooks and routes: " + broken.getMessage());
        }
    }

    /** Two modules overriding one template cannot both win: the platform does not start, and says who. */
    private void registerOverrides(LoadedModule module) {
        for (TemplateOverride override : module.module().templateOverrides()) {
            String earlier = overriddenBy.putIfAbsent(override.template(), module.id());
            if (earlier != null) {
                throw new IllegalStateException("The template " + override.template() + " is overridden by two tuning "
                        + "modules: " + new java.util.TreeSet<>(List.of(earlier, module.id())) + ". Only one may override "
                        + "it; remove one of the jars.");
            }
            overrides.put(override.template(), override);
        }
    }

    /** Two routes of one module at the same address, or a permission the manifest does not declare, refuse it. */
    private static List<Route> checked(LoadedModule module, List<Route> routes) {
        Set<String> addresses = new HashSet<>();
        for (Route route : routes) {
            String address = route.area() + " " + route.method() + " " + route.path().replaceAll("\\{[^}]+}", "{}");
            if (!addresses.add(address)) {
                throw new IllegalStateException("it declares two routes at " + route.method() + " "
                        + route.area().address(module.id(), route.path()));
            }
            if (route.permission() != null && !module.manifest().permissions().contains(route.permission())) {
                throw new IllegalStateException("route " + route.method() + " " + route.path() + " requires the permission "
                        + route.permission() + ", which the manifest does not declare");
            }
        }
        return List.copyOf(routes);
    }

    /** Two tasks of one module under one name would share a lock and a line on the Tuning page: refused. */
    private static List<ModuleTask> checkedTasks(LoadedModule module, List<ScheduledTask> declared) {
        Set<String> names = new HashSet<>();
        List<ModuleTask> checked = new ArrayList<>();
        for (ScheduledTask task : declared) {
            if (!names.add(task.name())) {
                throw new IllegalStateException("it declares the scheduled task " + task.name() + " twice");
            }
            new org.springframework.scheduling.support.CronTrigger(task.cron(), ModuleSchedules.SHOP_ZONE);
            checked.add(ModuleTask.of(module.id(), task));
        }
        return checked;
    }

    private static List<CustomField> checkedFields(List<CustomField> declared) {
        Set<String> keys = new HashSet<>();
        for (CustomField field : declared) {
            if (!keys.add(field.entity() + ":" + field.key())) {
                throw new IllegalStateException("it declares the " + field.entity() + " field " + field.key() + " twice");
            }
        }
        return List.copyOf(declared);
    }

    private record Context(String moduleId, BeanFactory platform) implements ModuleContext {

        @Override
        @SuppressWarnings("unchecked")
        public <T> Optional<T> facade(Class<T> type) {
            if (!type.getName().startsWith(SDK_PACKAGE)) {
                throw new IllegalArgumentException("Modules may only ask for SDK facades, not " + type.getName());
            }
            for (ModuleFacade<?> scoped : platform.getBeanProvider(ModuleFacade.class)) {
                if (scoped.type().equals(type)) {
                    return Optional.of(type.cast(scoped.forModule(moduleId)));
                }
            }
            return declares(type) ? Optional.of(lazily(type)) : Optional.empty();
        }

        /** Whether the platform offers the facade, without creating it (a module may ask while the platform starts). */
        private boolean declares(Class<?> type) {
            return platform instanceof ListableBeanFactory beans && beans.getBeanNamesForType(type, false, false).length > 0;
        }

        /** The facade, looked up on each call: modules ask for facades while the platform is still being built. */
        private <T> T lazily(Class<T> type) {
            return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return method.getName().equals("toString") ? "platform " + type.getSimpleName() + " for " + moduleId
                            : method.getName().equals("hashCode") ? System.identityHashCode(proxy) : proxy == args[0];
                }
                try {
                    return method.invoke(platform.getBean(type), args);
                } catch (InvocationTargetException failed) {
                    throw failed.getCause();
                }
            }));
        }
    }
}
