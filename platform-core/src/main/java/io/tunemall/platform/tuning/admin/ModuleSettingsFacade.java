package io.tunemall.platform.tuning.admin;

import io.tunemall.platform.tuning.ModuleFacade;
import io.tunemall.sdk.admin.ModuleSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** {@link ModuleSettings} for each module: its own settings only. */
@Component
class ModuleSettingsFacade implements ModuleFacade<ModuleSettings> {

    private final ObjectProvider<ModuleSettingsService> settings;

    ModuleSettingsFacade(ObjectProvider<ModuleSettingsService> settings) {
        this.settings = settings;
    }

    @Override
    public Class<ModuleSettings> type() {
        return ModuleSettings.class;
    }

    @Override
    public ModuleSettings forModule(String moduleId) {
        return new ModuleSettings() {
            @Override
            public <S extends Record> S current(Class<S> type) {
                return settings.getObject().current(moduleId, type);
            }
        };
    }
}
