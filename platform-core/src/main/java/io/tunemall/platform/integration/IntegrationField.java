package io.tunemall.platform.integration;

import java.util.regex.Pattern;

/**
 * One setting of an integration.
 *
 * @param key the setting's name, such as {@code measurementId}
 * @param secret stored encrypted and never shown again (client secrets); an empty submission keeps the stored one
 * @param pattern what a value must look like, or null for anything up to 500 characters
 */
public record IntegrationField(String key, boolean secret, Pattern pattern) {

    static final int MAX_LENGTH = 500;

    public static IntegrationField text(String key, String regex) {
        return new IntegrationField(key, false, Pattern.compile(regex));
    }

    public static IntegrationField secret(String key) {
        return new IntegrationField(key, true, null);
    }

    boolean accepts(String value) {
        return value.length() <= MAX_LENGTH && (pattern == null || pattern.matcher(value).matches());
    }
}
