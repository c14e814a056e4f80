package io.tunemall.platform.tuning;

import io.micrometer.core.instrument.Timer;
import io.tunemall.sdk.extension.Hook;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** One hook in a resolved chain, with what the platform has seen of it: its timings and its failures. */
final class HookLink<T> {

    private final Hook<T> hook;
    private final Timer timer;
    private final AtomicLong failures = new AtomicLong();
    private final AtomicInteger failuresInARow = new AtomicInteger();
    private volatile String lastFailure;
    private volatile Instant lastFailedAt;

    HookLink(Hook<T> hook, Timer timer) {
        this.hook = hook;
        this.timer = timer;
    }

    Hook<T> hook() {
        return hook;
    }

    String module() {
        return hook.module();
    }

    T implementation() {
        return hook.implementation();
    }

    void took(long nanos) {
        timer.record(nanos, TimeUnit.NANOSECONDS);
    }

    void succeeded() {
        if (failuresInARow.get() != 0) {
            failuresInARow.set(0);
        }
    }

    /** Records the failure and answers how many calls in a row have now failed. */
    int failed(RuntimeException failure, Instant at) {
        failures.incrementAndGet();
        lastFailure = failure.getClass().getSimpleName() + ": " + failure.getMessage();
        lastFailedAt = at;
        return failuresInARow.incrementAndGet();
    }

    HookReport report(boolean enabled) {
        return new HookReport(hook.module(), hook.placement().name(), enabled, timer.count(),
                timer.mean(TimeUnit.MICROSECONDS), timer.max(TimeUnit.MICROSECONDS), failures.get(), lastFailure,
                lastFailedAt);
    }
}
