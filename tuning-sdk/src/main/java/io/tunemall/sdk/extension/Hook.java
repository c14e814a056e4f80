package io.tunemall.sdk.extension;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One module's implementation attached to one extension point.
 *
 * <pre>{@code
 * Hook.before("acme.fit-finder", CatalogPoints.SEARCH_BOOSTER, new InStockFirst()).orderedAfter("acme.base");
 * }</pre>
 *
 * @param module the id of the module that owns the hook
 * @param point the extension point
 * @param placement before, after, or replacing the platform's step
 * @param implementation the hook itself
 * @param orderedAfter ids of modules whose hooks at the same point and placement must run first; a module that is not
 *     installed is ignored, a cycle stops the platform at startup
 * @param <T> the point's contract
 * @since 1.0.0
 */
public record Hook<T>(String module, ExtensionPoint<T> point, Placement placement, T implementation,
        Set<String> orderedAfter) {

    public Hook {
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(point, "point");
        Objects.requireNonNull(placement, "placement");
        Objects.requireNonNull(implementation, "implementation");
        if (!point.contract().isInstance(implementation)) {
            throw new IllegalArgumentException("The hook of module " + module + " for " + point.id()
                    + " does not implement " + point.contract().getName());
        }
        orderedAfter = Set.copyOf(orderedAfter);
    }

    public static <T> Hook<T> before(String module, ExtensionPoint<T> point, T implementation) {
        return new Hook<>(module, point, Placement.BEFORE, implementation, Set.of());
    }

    public static <T> Hook<T> after(String module, ExtensionPoint<T> point, T implementation) {
        return new Hook<>(module, point, Placement.AFTER, implementation, Set.of());
    }

    public static <T> Hook<T> replacing(String module, ExtensionPoint<T> point, T implementation) {
        return new Hook<>(module, point, Placement.REPLACE, implementation, Set.of());
    }

    /** The same hook, declared to run after the given modules' hooks. */
    public Hook<T> orderedAfter(String... modules) {
        Set<String> all = new LinkedHashSet<>(orderedAfter);
        all.addAll(Arrays.asList(modules));
        return new Hook<>(module, point, placement, implementation, all);
    }
}
