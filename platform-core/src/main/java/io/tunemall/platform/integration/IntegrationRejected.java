package io.tunemall.platform.integration;

import java.util.Map;

/**
 * Settings that cannot be saved; nothing was changed.
 *
 * @param fieldProblems message key per field: {@code integration.field.required} or {@code integration.field.invalid}
 */
public class IntegrationRejected extends RuntimeException {

    private final Map<String, String> fieldProblems;

    public IntegrationRejected(String integrationId, Map<String, String> fieldProblems) {
        super("Settings of integration " + integrationId + " rejected: " + fieldProblems);
        this.fieldProblems = Map.copyOf(fieldProblems);
    }

    public Map<String, String> fieldProblems() {
        return fieldProblems;
    }
}
