package io.tunemall.platform.tuning;

import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The resolved hooks of one extension point, in order, and the only way the platform calls them. Every call is timed,
 * skipped when its module is switched off, and contained by the point's failure policy: an exception (or a linkage
 * error from a module built against another SDK) is a failure; so is a call slower than the slow-call limit at a
 * SKIP_AND_LOG point, whose result is then dropped (at a FAIL_OPERATION point a slow but correct answer is kept and
 * only logged: refusing an order because its validator was slow would protect nothing). A module that fails too many
 * calls in a row is tripped off.
 */
public final class HookChain<T> {

    private static final Logger log = LoggerFactory.getLogger(HookChain.class);

    private final ExtensionPoint<T> point;
    private final List<HookLink<T>> before;
    private final HookLink<T> replacement;
    private final List<HookLink<T>> after;
    private final ModuleSwitches switches;
    private final HookChains.Limits limits;

    HookChain(ExtensionPoint<T> point, List<HookLink<T>> before, HookLink<T> replacement, List<HookLink<T>> after,
            ModuleSwitches switches, HookChains.Limits limits) {
        this.point = point;
        this.before = List.copyOf(before);
        this.replacement = replacement;
        this.after = List.copyOf(after);
        this.switches = switches;
        this.limits = limits;
    }

    public ExtensionPoint<T> point() {
        return point;
    }

    /** Runs the hooks placed before the platform's step, in order. */
    public void runBefore(Consumer<T> call) {
        before.forEach(link -> invoke(link, hook -> {
            call.accept(hook);
            return Boolean.TRUE;
        }));
    }

    /** Runs the hooks placed after the platform's step, in order. */
    public void runAfter(Consumer<T> call) {
        after.forEach(link -> invoke(link, hook -> {
            call.accept(hook);
            return Boolean.TRUE;
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

    /** Like {@link #runBefore}, for callers that hand each module something of its own (its custom field values). */
    public void runBeforeByModule(BiConsumer<String, T> call) {
        before.forEach(link -> invoke(link, hook -> {
            call.accept(link.module(), hook);
            return Boolean.TRUE;
        }));
    }

    /** Like {@link #runAfter}, for callers that hand each module something of its own. */
    public void runAfterByModule(BiConsumer<String, T> call) {
        after.forEach(link -> invoke(link, hook -> {
            call.accept(link.module(), hook);
            return Boolean.TRUE;
        }));
    }

    /** Like {@link #replaceOr}, for callers that hand the replacing module something of its own. */
    public <R> R replaceOrByModule(BiFunction<String, T, R> replaced, Supplier<R> platformStep) {
        if (replacement != null && switches.isEnabled(replacement.module())) {
            Optional<R> result = invoke(replacement, hook -> replaced.apply(replacement.module(), hook));
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

    /** Like {@link #collect}, for callers that need to know whose hook they call (to find the module's templates). */
    public <R> List<R> collectByModule(BiFunction<String, T, R> contribution) {
        List<R> results = new ArrayList<>();
        Stream.concat(before.stream(), after.stream())
                .forEach(link -> invoke(link, hook -> contribution.apply(link.module(), hook)).ifPresent(results::add));
        return results;
    }

    /**
     * Whether every hook before and after the platform's step says yes, in order; the first no ends the check. Under
     * SKIP_AND_LOG a hook that fails counts as a yes: a broken module never takes something away.
     */
    public boolean every(Predicate<T> test) {
        for (HookLink<T> link : before) {
            if (!invoke(link, test::test).orElse(Boolean.TRUE)) {
                return false;
            }
        }
        for (HookLink<T> link : after) {
            if (!invoke(link, test::test).orElse(Boolean.TRUE)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Calls every enabled hook, in chain order, and answers the modules whose hook failed. Each failure is recorded
     * against its module (it counts towards switching the module off) and never stops the hooks after it: for event
     * listeners, whose failures the caller turns into a redelivery instead of a failed operation. A slow call is only
     * logged, the work it did is done.
     */
    public List<String> runEachContained(Consumer<T> call) {
        List<String> failed = new ArrayList<>();
        for (HookLink<T> link : links()) {
            if (!switches.isEnabled(link.module())) {
                continue;
            }
            long start = System.nanoTime();
            try {
                call.accept(link.implementation());
                link.took(System.nanoTime() - start);
                link.succeeded();
            } catch (RuntimeException | LinkageError failure) {
                link.took(System.nanoTime() - start);
                RuntimeException cause = failure instanceof RuntimeException runtime ? runtime
                        : new IllegalStateException("the module does not link with this platform: " + failure, failure);
                record(link, cause);
                log.warn("Tuning module {} failed at {}; it will be called again", link.module(), point.id(), cause);
                failed.add(link.module());
            }
        }
        return failed;
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
        R result;
        try {
            result = call.apply(link.implementation());
        } catch (RuntimeException | LinkageError failure) {
            link.took(System.nanoTime() - start);
            return contain(link, failure instanceof RuntimeException runtime ? runtime
                    : new IllegalStateException("the module does not link with this platform: " + failure, failure));
        }
        long took = System.nanoTime() - start;
        link.took(took);
        if (took > limits.slowCallNanos()) {
            return slow(link, took, result);
        }
        link.succeeded();
        return Optional.ofNullable(result);
    }

    private <R> Optional<R> slow(HookLink<T> link, long took, R result) {
        String message = "took " + TimeUnit.NANOSECONDS.toMillis(took) + " ms, more than the "
                + TimeUnit.NANOSECONDS.toMillis(limits.slowCallNanos()) + " ms a hook may take";
        if (point.onFailure() == FailurePolicy.FAIL_OPERATION) {
            log.warn("Tuning module {} at {} {}; its answer is kept", link.module(), point.id(), message);
            link.succeeded();
            return Optional.ofNullable(result);
        }
        record(link, new SlowHookCall(message));
        log.warn("Tuning module {} at {} {}; its contribution is dropped", link.module(), point.id(), message);
        return Optional.empty();
    }

    private <R> Optional<R> contain(HookLink<T> link, RuntimeException failure) {
        record(link, failure);
        if (point.onFailure() == FailurePolicy.FAIL_OPERATION) {
            throw new TuningHookFailed(link.module(), point.id(), failure);
        }
        log.warn("Tuning module {} failed at {}; its contribution is skipped", link.module(), point.id(), failure);
        return Optional.empty();
    }

    private void record(HookLink<T> link, RuntimeException failure) {
        int inARow = link.failed(failure, limits.clock().instant());
        if (inARow >= limits.autoDisableAfter() && switches.isEnabled(link.module())) {
            String reason = "failed " + inARow + " calls in a row at " + point.id() + "; last failure: " + failure;
            log.error("Tuning module {} {}. It has been switched off.", link.module(), reason);
            switches.trip(link.module(), reason);
        }
    }

    /** A call that took longer than hooks may take; recorded like a failure. */
    static final class SlowHookCall extends RuntimeException {

        SlowHookCall(String message) {
            super(message, null, false, false);
        }
    }
}
