package io.tunemall.platform.tuning;

import java.util.HashSet;
import java.util.Set;
import java.util.function.BiConsumer;
import org.springframework.stereotype.Component;

/**
 * Which modules are switched off on this node: those the shop's installed-module table says are off, and those this
 * node tripped because they kept failing. A disabled module's hooks are skipped from the next call on, without
 * rebuilding any chain. Read on every hook call, so each set is an immutable snapshot behind a volatile reference.
 */
@Component
public class ModuleSwitches {

    private volatile Set<String> disabled = Set.of();
    private volatile Set<String> tripped = Set.of();
    private volatile BiConsumer<String, String> onTrip = (module, reason) -> { };

    public boolean isEnabled(String module) {
        return !disabled.contains(module) && !tripped.contains(module);
    }

    public synchronized void disable(String module) {
        disabled = with(disabled, module);
    }

    public synchronized void enable(String module) {
        disabled = without(disabled, module);
        tripped = without(tripped, module);
    }

    /**
     * Switches a failing module off on this node at once and tells whoever listens (the lifecycle, which switches it
     * off for the whole shop and shows the reason in admin). It stays off here until it is enabled again.
     */
    public void trip(String module, String reason) {
        synchronized (this) {
            if (tripped.contains(module)) {
                return;
            }
            tripped = with(tripped, module);
        }
        onTrip.accept(module, reason);
    }

    void onTrip(BiConsumer<String, String> listener) {
        onTrip = listener;
    }

    /** Replaces the set read from the shop's installed-module table; tripped modules stay off. */
    synchronized void disableExactly(Set<String> modules) {
        disabled = Set.copyOf(modules);
    }

    /** The shop-wide state now says what the trip said: the node's own note is no longer needed. */
    synchronized void untrip(String module) {
        tripped = without(tripped, module);
    }

    private static Set<String> with(Set<String> set, String module) {
        Set<String> next = new HashSet<>(set);
        next.add(module);
        return Set.copyOf(next);
    }

    private static Set<String> without(Set<String> set, String module) {
        Set<String> next = new HashSet<>(set);
        next.remove(module);
        return Set.copyOf(next);
    }
}
