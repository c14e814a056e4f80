package io.tunemall.tuning.testkit;

import io.tunemall.sdk.module.ModuleContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A module context for unit tests: the module's id and whatever facades the test hands it. A facade the test did not
 * provide is absent, as on a platform version that does not offer it, so the module's degraded path can be tested too.
 *
 * <pre>{@code
 * FakeModuleContext context = new FakeModuleContext("acme.fit-finder").with(CatalogReader.class, fakeCatalog);
 * }</pre>
 */
public final class FakeModuleContext implements ModuleContext {

    private final String moduleId;
    private final Map<Class<?>, Object> facades = new HashMap<>();

    public FakeModuleContext(String moduleId) {
        this.moduleId = Objects.requireNonNull(moduleId, "moduleId");
    }

    /** Hands the module this implementation when it asks for {@code type}. */
    public <T> FakeModuleContext with(Class<T> type, T facade) {
        if (!type.getName().startsWith("io.tunemall.sdk.")) {
            throw new IllegalArgumentException("The platform hands modules SDK facades only, not " + type.getName());
        }
        facades.put(type, type.cast(facade));
        return this;
    }

    @Override
    public String moduleId() {
        return moduleId;
    }

    @Override
    public <T> Optional<T> facade(Class<T> type) {
        return Optional.ofNullable(type.cast(facades.get(type)));
    }
}
