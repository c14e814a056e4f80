package io.tunemall.platform.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import io.tunemall.sdk.extension.Hook;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HookChainsTest {

    interface Greeting {
        String greet(String name);
    }

    static final ExtensionPoint<Greeting> SHOWN = new ExtensionPoint<>("test.shown", Greeting.class,
            FailurePolicy.SKIP_AND_LOG, "shapes what a page shows");
    static final ExtensionPoint<Greeting> GUARDED = new ExtensionPoint<>("test.guarded", Greeting.class,
            FailurePolicy.FAIL_OPERATION, "guards an operation");

    final ModuleSwitches switches = new ModuleSwitches();

    HookChains chains(Hook<?>... hooks) {
        return new HookChains(List.of(hooks), switches, new SimpleMeterRegistry(), 3);
    }

    static Greeting saying(String word) {
        return name -> word + " " + name;
    }

    static Greeting throwing() {
        return name -> {
            throw new IllegalStateException("broken module");
        };
    }

    @Test
    void hooks_run_in_the_declared_order_and_otherwise_by_module_id() {
        HookChains chains = chains(
                Hook.before("vendor.c", SHOWN, saying("c")).orderedAfter("vendor.z"),
                Hook.before("vendor.z", SHOWN, saying("z")),
                Hook.before("vendor.a", SHOWN, saying("a")),
                Hook.after("vendor.b", SHOWN, saying("b")));

        assertThat(chains.chain(SHOWN).collect(g -> g.greet("x"))).containsExactly("a x", "z x", "c x", "b x");
    }

    @Test
    void an_order_naming_a_module_that_is_not_installed_is_ignored() {
        HookChains chains = chains(Hook.before("vendor.a", SHOWN, saying("a")).orderedAfter("vendor.absent"));

        assertThat(chains.chain(SHOWN).collect(g -> g.greet("x"))).containsExactly("a x");
    }

    @Test
    void a_cycle_in_the_declared_order_stops_the_start_naming_the_modules() {
        assertThatThrownBy(() -> chains(
                Hook.before("vendor.a", SHOWN, saying("a")).orderedAfter("vendor.b"),
                Hook.before("vendor.b", SHOWN, saying("b")).orderedAfter("vendor.a"),
                Hook.before("vendor.c", SHOWN, saying("c"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("[vendor.a, vendor.b]")
                .hasMessageContaining("cycle");
    }

    @Test
    void two_modules_replacing_one_point_stop_the_start_naming_both() {
        assertThatThrownBy(() -> chains(
                Hook.replacing("vendor.one", SHOWN, saying("1")),
                Hook.replacing("vendor.two", SHOWN, saying("2"))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("test.shown")
                .hasMessageContaining("[vendor.one, vendor.two]");
    }

    @Test
    void a_replacement_runs_instead_of_the_platform_step() {
        HookChains chains = chains(Hook.replacing("vendor.r", SHOWN, saying("hi")));

        assertThat(chains.chain(SHOWN).replaceOr(g -> g.greet("x"), () -> "platform")).isEqualTo("hi x");
        assertThat(chains.chain(GUARDED).replaceOr(g -> g.greet("x"), () -> "platform")).isEqualTo("platform");
    }

    @Test
    void a_failing_hook_at_a_shown_point_is_skipped_and_the_rest_still_run() {
        HookChains chains = chains(
                Hook.before("vendor.a", SHOWN, saying("a")),
                Hook.before("vendor.broken", SHOWN, throwing()),
                Hook.replacing("vendor.r", SHOWN, throwing()));

        assertThat(chains.chain(SHOWN).collect(g -> g.greet("x"))).containsExactly("a x");
        assertThat(chains.chain(SHOWN).replaceOr(g -> g.greet("x"), () -> "platform")).isEqualTo("platform");
    }

    @Test
    void a_failing_hook_at_a_guarded_point_fails_the_operation_naming_the_module() {
        HookChains chains = chains(Hook.before("vendor.strict", GUARDED, throwing()));

        assertThatThrownBy(() -> chains.chain(GUARDED).runBefore(g -> g.greet("x")))
                .isInstanceOf(TuningHookFailed.class)
                .hasMessageContaining("vendor.strict")
                .hasMessageContaining("broken module");
    }

    @Test
    void a_disabled_module_is_skipped_at_once_and_back_when_enabled() {
        List<String> seen = new ArrayList<>();
        HookChains chains = chains(Hook.after("vendor.a", SHOWN, name -> {
            seen.add(name);
            return name;
        }));

        switches.disable("vendor.a");
        chains.chain(SHOWN).runAfter(g -> g.greet("off"));
        switches.enable("vendor.a");
        chains.chain(SHOWN).runAfter(g -> g.greet("on"));

        assertThat(seen).containsExactly("on");
    }

    @Test
    void a_module_failing_call_after_call_is_switched_off() {
        HookChains chains = chains(Hook.before("vendor.broken", SHOWN, throwing()));

        for (int call = 0; call < 3; call++) {
            chains.chain(SHOWN).collect(g -> g.greet("x"));
        }

        assertThat(switches.isEnabled("vendor.broken")).isFalse();
    }

    @Test
    void every_call_is_timed_per_module() {
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        HookChains chains = new HookChains(List.of(Hook.before("vendor.a", SHOWN, saying("a"))), switches, meters, 3);

        chains.chain(SHOWN).collect(g -> g.greet("x"));
        chains.chain(SHOWN).collect(g -> g.greet("y"));

        assertThat(meters.get("tunemall.tuning.hook").tag("module", "vendor.a").timer().count()).isEqualTo(2);
    }

    @Test
    void a_hook_must_implement_the_points_contract() {
        @SuppressWarnings({"unchecked", "rawtypes"})
        ExtensionPoint<Object> loose = (ExtensionPoint) SHOWN;
        assertThatThrownBy(() -> Hook.before("vendor.a", loose, "not a greeting"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("vendor.a");
    }
}
