package io.tunemall.tuning.testkit;

import io.tunemall.sdk.field.CustomField;
import io.tunemall.sdk.field.CustomFieldValues;
import io.tunemall.sdk.field.EntityType;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Custom field values in memory, checked by the module's own field declarations as the platform checks them.
 *
 * <pre>{@code
 * FakeCustomFieldValues fields = new FakeCustomFieldValues(new CountryOfOrigin().customFields());
 * fields.set(EntityType.PRODUCT, "7", "origin", "국내산");
 * }</pre>
 */
public final class FakeCustomFieldValues implements CustomFieldValues {

    private final Map<String, CustomField> declared = new HashMap<>();
    private final Map<String, Map<String, Object>> values = new HashMap<>();

    public FakeCustomFieldValues(List<CustomField> fields) {
        fields.forEach(field -> declared.put(field.entity() + ":" + field.key(), field));
    }

    @Override
    public Optional<Object> get(EntityType entity, String entityId, String key) {
        return Optional.ofNullable(of(entity, entityId).get(key));
    }

    @Override
    public Map<String, Object> of(EntityType entity, String entityId) {
        return Map.copyOf(values.getOrDefault(entity + ":" + entityId, Map.of()));
    }

    @Override
    public Map<String, Map<String, Object>> ofEach(EntityType entity, Collection<String> entityIds) {
        Map<String, Map<String, Object>> each = new LinkedHashMap<>();
        entityIds.forEach(id -> {
            Map<String, Object> own = of(entity, id);
            if (!own.isEmpty()) {
                each.put(id, own);
            }
        });
        return each;
    }

    @Override
    public void set(EntityType entity, String entityId, String key, Object value) {
        CustomField field = declared.get(entity + ":" + key);
        if (field == null) {
            throw new IllegalArgumentException("The module declares no " + entity + " field " + key);
        }
        Object checked = field.check(value, Locale.KOREAN);
        Map<String, Object> own = values.computeIfAbsent(entity + ":" + entityId, id -> new HashMap<>());
        if (checked == null) {
            own.remove(key);
        } else {
            own.put(key, checked);
        }
    }
}
