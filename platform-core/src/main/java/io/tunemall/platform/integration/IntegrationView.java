package io.tunemall.platform.integration;

import java.time.Instant;
import java.util.Map;

/**
 * An app store entry as admin shows it.
 *
 * @param shownSettings the settings without secrets; a stored secret shows as {@code true} in {@code secretsSet}
 * @param secretsSet for each secret field, whether a value is stored
 */
public record IntegrationView(Integration integration, boolean on, Map<String, String> shownSettings,
        Map<String, Boolean> secretsSet, Instant changedAt, String changedBy) {
}
