package io.tunemall.platform.tuning;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.Hook;
import io.tunemall.sdk.extension.Placement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Every extension point's chain, resolved once when the platform starts (no reflection or sorting per call).
 * Resolving refuses what cannot be run unambiguously: two replacements of one point, two hooks of one module at one
 * point and placement, a cycle in the declared order. The message names the modules involved.
 */
@Component
public class HookChains {

    /**
     * How much failure the chains tolerate: a module failing this many calls in a row is switched off; a call slower
     * than {@code slowCall} is treated as failed at points that skip failures.
     */
    public record Limits(int autoDisableAfter, Duration slowCall, Clock clock) {

        public static final Duration DEFAULT_SLOW_CALL = Duration.ofMillis(500);

        long slowCallNanos() {
            return slowCall.toNanos();
        }
    }

    private final Map<String, HookChain<?>> chains = new ConcurrentHashMap<>();
    private final ModuleSwitches switches;
    private final MeterRegistry meters;
    private final Limits limits;

    @Autowired
    HookChains(ObjectProvider<Hook<?>> platformHooks, InstalledModules modules, ModuleSwitches switches,
            MeterRegistry meters, @Value("${tunemall.tuning.auto-disable-after-failures:20}") int autoDisableAfter,
            @Value("${tunemall.tuning.slow-call:500ms}") Duration slowCall) {
        this(Stream.concat(platformHooks.orderedStream(), modules.hooks().stream()).toList(), switches, meters,
                new Limits(autoDisableAfter, slowCall, Clock.systemUTC()));
    }

    /** Chains of the given hooks alone, for tests, the test kit and benchmarks. */
    public HookChains(List<Hook<?>> hooks, ModuleSwitches switches, MeterRegistry meters, int autoDisableAfter) {
        this(hooks, switches, meters, new Limits(autoDisableAfter, Limits.DEFAULT_SLOW_CALL, Clock.systemUTC()));
    }

    public HookChains(List<Hook<?>> hooks, ModuleSwitches switches, MeterRegistry meters, Limits limits) {
        this.switches = switches;
        this.meters = meters;
        this.limits = limits;
        Map<String, List<Hook<?>>> byPoint = hooks.stream()
                .collect(Collectors.groupingBy(hook -> hook.point().id(), LinkedHashMap::new, Collectors.toList()));
        byPoint.values().forEach(this::resolve);
    }

    /** The chain of a point; a point no module uses has an empty chain. */
    @SuppressWarnings("unchecked")
    public <T> HookChain<T> chain(ExtensionPoint<T> point) {
        HookChain<?> chain = chains.computeIfAbsent(point.id(),
                id -> new HookChain<>(point, List.of(), null, List.of(), switches, limits));
        if (!chain.point().equals(point)) {
            throw new IllegalStateException("Two extension points share the id " + point.id());
        }
        return (HookChain<T>) chain;
    }

    /** One extension point in use, its chain in running order, and what each hook has done so far. */
    public record PointReport(String point, String contract, String onFailure, List<HookReport> chain) {
    }

    public List<PointReport> reports() {
        return chains.values().stream()
                .filter(chain -> !chain.isEmpty())
                .map(chain -> new PointReport(chain.point().id(), chain.point().contract().getName(),
                        chain.point().onFailure().name(),
                        chain.links().stream().map(link -> link.report(switches.isEnabled(link.module()))).toList()))
                .sorted(Comparator.comparing(PointReport::point))
                .toList();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void resolve(List<Hook<?>> pointHooks) {
        List<Hook> raw = (List) pointHooks;
        ExtensionPoint point = raw.get(0).point();
        List<Hook> replacements = raw.stream().filter(h -> h.placement() == Placement.REPLACE).toList();
        if (replacements.size() > 1) {
            throw new IllegalStateException("Extension point " + point.id() + " is replaced by more than one module: "
                    + replacements.stream().map(Hook::module).sorted().toList() + ". Only one module may replace it; "
                    + "uninstall or disable all but one.");
        }
        HookLink replacement = replacements.isEmpty() ? null : link(replacements.get(0));
        chains.put(point.id(), new HookChain(point, links(raw, Placement.BEFORE), replacement,
                links(raw, Placement.AFTER), switches, limits));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private List<HookLink> links(List<Hook> hooks, Placement placement) {
        List<Hook> placed = hooks.stream().filter(h -> h.placement() == placement).toList();
        List<HookLink> links = new ArrayList<>();
        if (!placed.isEmpty()) {
            HookOrder.of((List) placed).forEach(hook -> links.add(link((Hook) hook)));
        }
        return links;
    }

    private <T> HookLink<T> link(Hook<T> hook) {
        Timer timer = Timer.builder("tunemall.tuning.hook")
                .description("Time spent in one tuning module's hook")
                .tag("point", hook.point().id())
                .tag("module", hook.module())
                .tag("placement", hook.placement().name())
                .register(meters);
        return new HookLink<>(hook, timer);
    }
}
