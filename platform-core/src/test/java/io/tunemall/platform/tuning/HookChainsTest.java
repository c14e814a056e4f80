package io.tunemall.platform.tuning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.tunemall.sdk.extension.ExtensionPoint;
import io.tunemall.sdk.extension.FailurePolicy;
import io.tunemall.sdk.extension.Hook;
import java.time.Clock;
import java.time.Duration;
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

    @Test
    void every_asks_each_hook_in_order_until_one_says_no_and_a_failing_hook_says_yes() {
        List<String> asked = new ArrayList<>();
        HookChains chains = chains(
                Hook.before("vendor.a", SHOWN, name -> { asked.add("a"); return "yes"; }),
                Hook.before("vendor.b", SHOWN, throwing()),
                Hook.after("vendor.c", SHOWN, name -> { asked.add("c"); return name.equals("hidden") ? "no" : "yes"; }),
                Hook.after("vendor.d", SHOWN, name -> { asked.add("d"); return "yes"; }));

        assertThat(chains.chain(SHOWN).every(g -> g.greet("shown").equals("yes"))).isTrue();
        assertThat(asked).containsExactly("a", "c", "d");
        asked.clear();
        assertThat(chains.chain(SHOWN).every(g -> g.greet("hidden").equals("yes"))).isFalse();
        assertThat(asked).containsExactly("a", "c");
    }

    @Test
    void a_call_slower_than_the_limit_is_dropped_and_counted_where_failures_are_skipped_and_kept_where_they_guard() {
        Greeting slow = name -> {
            try {
                Thread.sleep(30);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            return "slow " + name;
        };
        HookChains chains = new HookChains(List.of(Hook.after("vendor.slow", SHOWN, slow), Hook.after("vendor.slow", GUARDED, slow)),
                switches, new SimpleMeterRegistry(), new HookChains.Limits(3, Duration.ofMillis(5), Clock.systemUTC()));

        assertThat(chains.chain(SHOWN).collect(g -> g.greet("x"))).isEmpty();
        assertThat(chains.chain(GUARDED).collect(g -> g.greet("x"))).containsExactly("slow x");
        assertThat(chains.reports()).filteredOn(report -> report.point().equals("test.shown")).singleElement()
                .satisfies(report -> assertThat(report.chain().get(0).lastFailure()).contains("more than the 5 ms"));
    }

    @Test
    void a_module_built_against_another_sdk_fails_alone() {
        HookChains chains = chains(
                Hook.before("vendor.old", SHOWN, name -> { throw new NoSuchMethodError("io.tunemall.sdk.Money.gone()"); }),
                Hook.before("vendor.ok", SHOWN, saying("ok")));

        assertThat(chains.chain(SHOWN).collect(g -> g.greet("x"))).containsExactly("ok x");
        assertThatThrownBy(() -> chains(Hook.before("vendor.old", GUARDED,
                name -> { throw new NoSuchMethodError("gone"); })).chain(GUARDED).runBefore(g -> g.greet("x")))
                .isInstanceOf(TuningHookFailed.class).hasMessageContaining("does not link with this platform");
    }

    @Test
    void tripping_a_module_tells_the_listener_once_and_it_stays_off_until_enabled() {
        List<String> told = new ArrayList<>();
        switches.onTrip((module, reason) -> told.add(module + ": " + reason));
        HookChains chains = chains(Hook.before("vendor.broken", SHOWN, throwing()));

        for (int call = 0; call < 5; call++) {
            chains.chain(SHOWN).collect(g -> g.greet("x"));
        }
        switches.disableExactly(java.util.Set.of());

        assertThat(told).singleElement().asString().startsWith("vendor.broken: failed 3 calls in a row at test.shown");
        assertThat(switches.isEnabled("vendor.broken")).as("a refresh of the shop's state does not undo a trip").isFalse();
        switches.enable("vendor.broken");
        assertThat(switches.isEnabled("vendor.broken")).isTrue();
    }
}
