package io.tunemall.tuning.testkit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleTask;
import io.tunemall.platform.tuning.HookReport;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.module.ModuleContext;
import io.tunemall.sdk.module.ModuleManifest;
import io.tunemall.sdk.module.SdkVersion;
import io.tunemall.sdk.module.TuningModule;
import io.tunemall.sdk.web.Area;
import io.tunemall.sdk.web.Route;
import io.tunemall.sdk.web.RouteHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * One tuning module as the platform would run it, without the platform: its manifest checked as the platform checks
 * it, its hooks collected once and resolved into the platform's own {@link HookChain}s, so a test calls a point the
 * way the shop does and sees the same order, failure policy and switching off.
 *
 * <pre>{@code
 * ModuleHarness fitFinder = ModuleHarness.of(new FitFinder(), new FakeModuleContext("acme.fit-finder"));
 * List<List<ContentBlock>> blocks = fitFinder.chain(CatalogPoints.PRODUCT_DETAIL)
 *         .collect(contributor -> contributor.contribute(product, Locale.KOREAN));
 * }</pre>
 *
 * Other modules' hooks can be added with {@link #alongside} to test the declared order between modules.
 */
public final class ModuleHarness {

    /** How many failed calls in a row switch a module off, as the platform's default. */
    public static final int AUTO_DISABLE_AFTER = 20;

    private final TuningModule module;
    private final ModuleContext context;
    private final ModuleManifest manifest;
    private final List<Hook<?>> hooks;
    private final ModuleSwitches switches = new ModuleSwitches();
    private final HookChains chains;
    private final List<Route> routes;
    private final List<ModuleTask> tasks;

    private ModuleHarness(TuningModule module, ModuleContext context, List<Hook<?>> others) {
        this.module = module;
        this.context = context;
        this.manifest = module.manifest();
        if (!SdkVersion.Range.parse(manifest.sdkRange()).contains(SdkVersion.CURRENT)) {
            throw new AssertionError("Module " + manifest.id() + " needs tuning SDK " + manifest.sdkRange()
                    + "; this SDK is " + SdkVersion.CURRENT + ", so the platform would refuse it");
        }
        if (!context.moduleId().equals(manifest.id())) {
            throw new AssertionError("The context is for " + context.moduleId() + " but the module is " + manifest.id());
        }
        this.hooks = List.copyOf(module.hooks(context));
        for (Hook<?> hook : hooks) {
            if (!hook.module().equals(manifest.id())) {
                throw new AssertionError("Module " + manifest.id() + " attaches a hook to " + hook.point().id()
                        + " in the name of " + hook.module() + "; the platform would refuse it");
            }
        }
        this.routes = List.copyOf(module.routes(context));
        this.tasks = module.scheduledTasks(context).stream().map(task -> ModuleTask.of(manifest.id(), task)).toList();
        if (tasks.stream().map(task -> task.task().name()).distinct().count() != tasks.size()) {
            throw new AssertionError("Module " + manifest.id() + " declares two scheduled tasks with one name; the "
                    + "platform would refuse it");
        }
        List<Hook<?>> all = new ArrayList<>(hooks);
        tasks.forEach(task -> all.add(task.hook()));
        all.addAll(others);
        this.chains = new HookChains(all, switches, new SimpleMeterRegistry(), AUTO_DISABLE_AFTER);
    }

    /** The module with a context that offers no facades. */
    public static ModuleHarness of(TuningModule module) {
        return of(module, new FakeModuleContext(module.manifest().id()));
    }

    public static ModuleHarness of(TuningModule module, ModuleContext context) {
        return new ModuleHarness(module, context, List.of());
    }

    /** This module together with other modules' hooks, resolved as one platform would resolve them. */
    public ModuleHarness alongside(Hook<?>... otherModulesHooks) {
        return new ModuleHarness(module, context, List.of(otherModulesHooks));
    }

    public ModuleManifest manifest() {
        return manifest;
    }

    /** The hooks the module contributed, as it contributed them. */
    public List<Hook<?>> hooks() {
        return hooks;
    }

    /** The resolved chain of a point: call it as the platform does ({@code collect}, {@code runBefore}, ...). */
    public <T> HookChain<T> chain(ExtensionPoint<T> point) {
        return chains.chain(point);
    }

    /**
     * The handler of one of the module's routes, found as the platform finds it (area, method, and the path pattern,
     * where {@code {name}} matches any one segment). Variables are not extracted: set them on the {@link TestRequest}.
     */
    public RouteHandler route(Area area, String method, String pattern) {
        return routes.stream()
                .filter(route -> route.area() == area && route.method().equals(method) && route.path().equals(pattern))
                .findFirst().map(Route::handler)
                .orElseThrow(() -> new AssertionError("Module " + manifest.id() + " has no route " + area + " " + method
                        + " " + pattern + "; it has " + routes.stream().map(r -> r.area() + " " + r.method() + " "
                        + r.path()).toList()));
    }

    public List<Route> routes() {
        return routes;
    }

    /**
     * Runs one of the module's scheduled tasks now, as the platform does at its time: nothing while the module is off,
     * and a failure is contained and counted like the platform counts it. Answers whether it ran without failing.
     */
    public boolean runTask(String name) {
        ModuleTask task = tasks.stream().filter(each -> each.task().name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("Module " + manifest.id() + " has no scheduled task " + name));
        return isEnabled() && chains.chain(task.point()).runEachContained(Runnable::run).isEmpty();
    }

    /** Switches the module off, as the owner does in admin: its hooks are skipped from the next call on. */
    public ModuleHarness disable() {
        switches.disable(manifest.id());
        return this;
    }

    public ModuleHarness enable() {
        switches.enable(manifest.id());
        return this;
    }

    /** Whether the module is on; false after {@link #disable()} or after it failed too many calls in a row. */
    public boolean isEnabled() {
        return switches.isEnabled(manifest.id());
    }

    /** Calls, timings and failures of each hook at a point, as the admin Tuning page shows them. */
    public List<HookReport> report(ExtensionPoint<?> point) {
        return chains.reports().stream().filter(report -> report.point().equals(point.id()))
                .flatMap(report -> report.chain().stream()).toList();
    }
}
