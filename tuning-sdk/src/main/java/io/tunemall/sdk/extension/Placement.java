package io.tunemall.sdk.extension;

/**
 * Where a hook runs relative to the platform's own step at an extension point.
 *
 * @since 1.0.0
 */
public enum Placement {
    /** Runs before the platform's step, in the declared order of the modules. */
    BEFORE,
    /** Runs after the platform's step, in the declared order of the modules. */
    AFTER,
    /**
     * Runs instead of the platform's step. Exclusive: two modules replacing the same point stop the platform at
     * startup, naming both.
     */
    REPLACE
}
