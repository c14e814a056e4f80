package io.tunemall.platform.tuning;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolved hooks of one extension point, in order, and the only way the platform calls them. Every call is timed,
 * skipped when its module is switched off, and contained by the point's failure policy.
 */
public final class HookChain<T> {

    private static final Logger log = LoggerFactory.getLogger(HookChain.class);

    private final ExtensionPoint<T> point;
    private final List<HookLink<T>> before;
    private final HookLink<T> replacement;
    private final List<HookLink<T>> after;
    private final ModuleSwitches switches;
    private final int autoDisableAfter;

    HookChain(ExtensionPoint<T> point, List<HookLink<T>> before, HookLink<T> replacement, List<HookLink<T>> after,
            ModuleSwitches switches, int autoDisableAfter) {
        this.point = point;
        this.before = List.copyOf(before);
        this.replacement = replacement;
        this.after = List.copyOf(after);
        this.switches = switches;
        this.autoDisableAfter = autoDisableAfter;
    }

    public ExtensionPoint<T> point() {
        return point;
    }

    /** Runs the hooks placed before the platform's step, in order. */
    public void runBefore(Consumer<T> call) {
        before.forEach(link -> invoke(link, hook -> {
            call.accept(hook);
            return null;
        }));
    }

    /** Runs the hooks placed after the platform's step, in order. */
    public void runAfter(Consumer<T> call) {
        after.forEach(link -> invoke(link, hook -> {
            call.accept(hook);
            return null;
        }));
    }

    /**
     * The platform's step, or the enabled replacement of it. A replacement that fails under SKIP_AND_LOG falls back to
     * the platform's step.
     */
    public <R> R replaceOr(Function<T, R> replaced, Supplier<R> platformStep) {
        if (replacement != null && switches.isEnabled(replacement.module())) {
            Optional<R> result = invoke(replacement, replaced);
            if (result.isPresent()) {
                return result.get();
            }
        }
        return platformStep.get();
    }

    /** What every hook before and after the platform's step contributes, in order; failed or null results are left out. */
    public <R> List<R> collect(Function<T, R> contribution) {
        List<R> results = new ArrayList<>();
        Stream.concat(before.stream(), after.stream())
                .forEach(link -> invoke(link, contribution).ifPresent(results::add));
        return results;
    }

    public boolean isEmpty() {
        return before.isEmpty() && replacement == null && after.isEmpty();
    }

    List<HookLink<T>> links() {
        List<HookLink<T>> all = new ArrayList<>(before);
        if (replacement != null) {
            all.add(replacement);
        }
        all.addAll(after);
        return all;
    }

    private <R> Optional<R> invoke(HookLink<T> link, Function<T, R> call) {
        if (!switches.isEnabled(link.module())) {
            return Optional.empty();
        }
        long start = System.nanoTime();
        try {
            R result = call.apply(link.implementation());
            link.succeeded();
            return Optional.ofNullable(result);
        } catch (RuntimeException failure) {
            return contain(link, failure);
        } finally {
            link.took(System.nanoTime() - start);
        }
    }

    private <R> Optional<R> contain(HookLink<T> link, RuntimeException failure) {
        int inARow = link.failed(failure);
        if (inARow >= autoDisableAfter) {
            switches.disable(link.module());
            log.error("Tuning module {} failed {} calls in a row at {} and has been switched off on this node; "
                    + "last failure: {}", link.module(), inARow, point.id(), failure.toString());
        }
        if (point.onFailure() == FailurePolicy.FAIL_OPERATION) {
            throw new TuningHookFailed(link.module(), point.id(), failure);
        }
        log.warn("Tuning module {} failed at {}; its contribution is skipped", link.module(), point.id(), failure);
        return Optional.empty();
    }
}
