package io.tunemall.platform.integration;

import java.io.Serializable;
import java.util.Map;

/** An integration's settings as stored, secrets in clear (never shown to anyone; used to call the provider). */
public record IntegrationSettings(Map<String, String> values) implements Serializable {

    public static final IntegrationSettings NONE = new IntegrationSettings(Map.of());

    public IntegrationSettings {
        values = Map.copyOf(values);
    }

    public String get(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("Integration setting " + key + " is not set");
        }
        return value;
    }
}
