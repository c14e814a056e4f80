package io.tunemall.sdk.module;

import java.util.Optional;

/**
 * What the platform hands a module when it asks for its contributions.
 *
 * @since 1.0.0
 */
public interface ModuleContext {

    /** The id of the module being asked. */
    String moduleId();

    /**
     * A read facade of the platform, such as the catalog queries, by its SDK interface; empty when this platform
     * version does not offer it, so a module can degrade instead of failing.
     */
    <T> Optional<T> facade(Class<T> type);
}
