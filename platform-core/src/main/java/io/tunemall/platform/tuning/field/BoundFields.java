package io.tunemall.platform.tuning.field;

import java.util.Map;

/**
 * What an admin form sent for an entity's custom fields: the typed values of the fields that accepted theirs, and a
 * message for each input that did not (by input name), in the staff member's language. The raw inputs are kept to show
 * the form again as typed.
 */
public record BoundFields(Map<String, Object> values, Map<String, String> errors, Map<String, String> raw) {

    public BoundFields {
        values = java.util.Collections.unmodifiableMap(new java.util.HashMap<>(values));
        errors = Map.copyOf(errors);
        raw = Map.copyOf(raw);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
