package io.tunemall.platform.integration;

/** Published in the transaction that switched an integration on or off, or changed its settings. */
public record IntegrationSwitched(String integrationId, boolean on) {
}
