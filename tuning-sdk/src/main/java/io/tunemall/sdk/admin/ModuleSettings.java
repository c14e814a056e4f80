package io.tunemall.sdk.admin;

/**
 * The asking module's settings as the shop owner last saved them, from
 * {@link io.tunemall.sdk.module.ModuleContext#facade(Class)}. Cheap to call on every request: the platform keeps them in
 * memory and every node sees a saved change within a few seconds.
 *
 * @since 1.0.0
 */
public interface ModuleSettings {

    /**
     * The current settings: what the owner saved, with {@link io.tunemall.sdk.module.TuningModule#defaultSettings()}
     * for anything never saved.
     *
     * @throws IllegalArgumentException when {@code type} is not the module's settings record
     */
    <S extends Record> S current(Class<S> type);
}
