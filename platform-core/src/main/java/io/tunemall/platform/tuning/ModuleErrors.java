package io.tunemall.platform.tuning;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The last errors of each module's pages and endpoints on this node, for the admin Tuning page: an owner sees that a
 * module is failing without reading logs. Bounded: a module that fails on every request keeps only its latest.
 */
@Component
public class ModuleErrors {

    static final int KEPT = 10;

    /** One error: when, where (a route or a point) and what. */
    public record ModuleError(Instant at, String where, String error) {
    }

    private final Map<String, Deque<ModuleError>> errors = new ConcurrentHashMap<>();
    private final Clock clock = Clock.systemUTC();

    public void record(String module, String where, Throwable failure) {
        Deque<ModuleError> recent = errors.computeIfAbsent(module, id -> new ArrayDeque<>());
        synchronized (recent) {
            recent.addFirst(new ModuleError(clock.instant(), where, failure.getClass().getSimpleName() + ": "
                    + failure.getMessage()));
            while (recent.size() > KEPT) {
                recent.removeLast();
            }
        }
    }

    /** The module's latest errors, newest first. */
    public List<ModuleError> recent(String module) {
        Deque<ModuleError> recent = errors.get(module);
        if (recent == null) {
            return List.of();
        }
        synchronized (recent) {
            return List.copyOf(recent);
        }
    }
}
