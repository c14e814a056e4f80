package io.tunemall.platform.tuning;

import io.tunemall.sdk.extension.Hook;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Puts the hooks of one point and placement in the order their modules declared: a hook runs after the hooks of
 * every module it names in {@code orderedAfter}; hooks with no constraint between them run by module id, so the
 * order never depends on classpath scanning. A cycle is a startup failure that names the modules in it.
 */
final class HookOrder {

    private HookOrder() {
    }

    static <T> List<Hook<T>> of(List<Hook<T>> hooks) {
        Map<String, Hook<T>> byModule = new HashMap<>();
        for (Hook<T> hook : hooks) {
            Hook<T> twin = byModule.put(hook.module(), hook);
            if (twin != null) {
                throw new IllegalStateException("Module " + hook.module() + " attaches two " + hook.placement()
                        + " hooks to " + hook.point().id() + "; one hook per point and placement is allowed");
            }
        }
        Map<String, Integer> waitingFor = new HashMap<>();
        Map<String, List<String>> runBefore = new HashMap<>();
        for (Hook<T> hook : hooks) {
            int count = 0;
            for (String earlier : hook.orderedAfter()) {
                if (byModule.containsKey(earlier) && !earlier.equals(hook.module())) {
                    runBefore.computeIfAbsent(earlier, k -> new ArrayList<>()).add(hook.module());
                    count++;
                }
            }
            waitingFor.put(hook.module(), count);
        }
        PriorityQueue<String> ready = new PriorityQueue<>(Comparator.naturalOrder());
        waitingFor.forEach((module, count) -> {
            if (count == 0) {
                ready.add(module);
            }
        });
        List<Hook<T>> ordered = new ArrayList<>(hooks.size());
        while (!ready.isEmpty()) {
            String module = ready.poll();
            ordered.add(byModule.get(module));
            for (String next : runBefore.getOrDefault(module, List.of())) {
                if (waitingFor.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        if (ordered.size() < hooks.size()) {
            Set<String> inCycle = waitingFor.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                    .collect(Collectors.toCollection(java.util.TreeSet::new));
            throw new IllegalStateException("The modules " + inCycle + " declare a cycle of orderedAfter at "
                    + hooks.get(0).point().id() + " (" + hooks.get(0).placement() + "); each must not wait for the other");
        }
        return ordered;
    }
}
