package io.tunemall.sdk.extension;

import java.util.Objects;

/**
 * A named place where modules may change the platform's behaviour, with the interface their hooks implement.
 *
 * @param id stable name, such as {@code catalog.search-booster}; it never changes once released
 * @param contract the interface every hook at this point implements
 * @param onFailure what happens when a hook throws
 * @param description when the point runs and what its hooks may change
 * @param <T> the contract
 * @since 1.0.0
 */
public record ExtensionPoint<T>(String id, Class<T> contract, FailurePolicy onFailure, String description) {

    public ExtensionPoint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contract, "contract");
        Objects.requireNonNull(onFailure, "onFailure");
        if (!contract.isInterface()) {
            throw new IllegalArgumentException("The contract of extension point " + id + " must be an interface");
        }
    }
}
