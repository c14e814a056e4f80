package io.tunemall.bench;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.platform.tuning.HookChain;
import io.tunemall.platform.tuning.HookChains;
import io.tunemall.platform.tuning.ModuleSwitches;
import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import io.tunemall.sdk.extension.Hook;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a hook call costs on top of calling the module's code directly: the chain walk, the module switch check,
 * the timing and the failure containment. Direct calls of the same hooks are the baseline.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HookCallBenchmark {

    public interface PriceRule {
        long apply(long price);
    }

    static final ExtensionPoint<PriceRule> PRICE = new ExtensionPoint<>("bench.price", PriceRule.class,
            FailurePolicy.SKIP_AND_LOG, "benchmark only");

    @Param({"1", "5"})
    int hooks;

    HookChain<PriceRule> chain;
    List<PriceRule> direct;
    long price = 12_900;

    @Setup
    public void resolve() {
        List<Hook<?>> attached = new ArrayList<>();
        direct = new ArrayList<>();
        for (int i = 0; i < hooks; i++) {
            int off = i + 1;
            PriceRule rule = p -> p - off;
            direct.add(rule);
            attached.add(Hook.after("bench.module-" + i, PRICE, rule));
        }
        chain = new HookChains(attached, new ModuleSwitches(), new SimpleMeterRegistry(), 20).chain(PRICE);
    }

    @Benchmark
    public long directCalls() {
        long result = price;
        for (PriceRule rule : direct) {
            result = rule.apply(result);
        }
        return result;
    }

    @Benchmark
    public long throughTheChain() {
        long[] result = {price};
        chain.runAfter(rule -> result[0] = rule.apply(result[0]));
        return result[0];
    }
}
