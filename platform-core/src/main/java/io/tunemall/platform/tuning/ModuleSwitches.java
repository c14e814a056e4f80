package io.tunemall.platform.tuning;

import java.util.HashSet;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Which modules are switched off on this node. A disabled module's hooks are skipped from the next call on, without
 * rebuilding any chain. Read on every hook call, so the set is an immutable snapshot behind a volatile reference.
 */
@Component
public class ModuleSwitches {

    private volatile Set<String> disabled = Set.of();

    public boolean isEnabled(String module) {
        return !disabled.contains(module);
    }

    public synchronized void disable(String module) {
        Set<String> next = new HashSet<>(disabled);
        next.add(module);
        disabled = Set.copyOf(next);
    }

    /** Replaces the whole set at once, as read from the shop's installed-module table. */
    synchronized void disableExactly(Set<String> modules) {
        disabled = Set.copyOf(modules);
    }

    public synchronized void enable(String module) {
        Set<String> next = new HashSet<>(disabled);
        next.remove(module);
        disabled = Set.copyOf(next);
    }
}
