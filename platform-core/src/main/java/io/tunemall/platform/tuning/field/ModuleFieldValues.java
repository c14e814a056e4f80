package io.tunemall.platform.tuning.field;

import io.tunemall.platform.tuning.ModuleFacade;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** {@link CustomFieldValues} for each module: its own fields' values only, by plain field key. */
@Component
class ModuleFieldValues implements ModuleFacade<CustomFieldValues> {

    private final ObjectProvider<CustomFields> fields;

    ModuleFieldValues(ObjectProvider<CustomFields> fields) {
        this.fields = fields;
    }

    @Override
    public Class<CustomFieldValues> type() {
        return CustomFieldValues.class;
    }

    @Override
    public CustomFieldValues forModule(String moduleId) {
        return new CustomFieldValues() {

            @Override
            public Optional<Object> get(EntityType entity, String entityId, String key) {
                return Optional.ofNullable(of(entity, entityId).get(key));
            }

            @Override
            public Map<String, Object> of(EntityType entity, String entityId) {
                return ofEach(entity, List.of(entityId)).getOrDefault(entityId, Map.of());
            }

            @Override
            public Map<String, Map<String, Object>> ofEach(EntityType entity, Collection<String> entityIds) {
                String prefix = moduleId + ":";
                Map<String, Map<String, Object>> own = new HashMap<>();
                fields.getObject().values(entity, entityIds).forEach((id, values) -> values.values().forEach((key, value) -> {
                    if (key.startsWith(prefix)) {
                        own.computeIfAbsent(id, x -> new HashMap<>()).put(key.substring(prefix.length()), value);
                    }
                }));
                return own;
            }

            @Override
            public void set(EntityType entity, String entityId, String key, Object value) {
                Locale locale = LocaleContextHolder.getLocale();
                fields.getObject().set(moduleId, entity, entityId, key, value, locale);
            }
        };
    }
}
