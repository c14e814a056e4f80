package io.tunemall.platform.tuning;

/**
 * A facade the platform hands each module in its own name ({@code ModuleContext.facade(type)}): the module's custom
 * field values, its own tables, its settings. Beans of this type are looked up when a module asks, so they must not
 * need the module registry to be built (take what they need through an {@code ObjectProvider}).
 *
 * @param <T> the SDK interface
 */
public interface ModuleFacade<T> {

    Class<T> type();

    T forModule(String moduleId);
}
