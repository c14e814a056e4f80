package io.tunemall.platform.tuning.field;

import java.util.Map;

/**
 * The custom field values of one entity, by qualified key ({@code module:key}), typed. Templates read them with
 * {@code ${customFields.get('examples.country-of-origin', 'origin')}}.
 */
public record FieldValues(Map<String, Object> values) {

    public static final FieldValues NONE = new FieldValues(Map.of());

    public FieldValues {
        values = Map.copyOf(values);
    }

    /** A field's value, or null when it has none. */
    public Object get(String module, String key) {
        return values.get(DeclaredField.qualified(module, key));
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
