package io.tunemall.storefront.integration;

import io.tunemall.platform.integration.Integration;
import io.tunemall.platform.integration.IntegrationCategory;
import io.tunemall.platform.integration.IntegrationField;
import io.tunemall.platform.integration.IntegrationSettings;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * An app store entry that adds a third party's script to every storefront page: its bootstrap code (served from the
 * shop's own {@code /integrations/storefront.js}, since the pages allow no inline script) and the hosts the content
 * security policy must allow for it.
 *
 * @param key the one setting, such as the GA4 measurement id; its pattern keeps it safe to write into the script
 * @param bootstrap the script, given the setting's value
 * @param allowedSources extra sources per policy directive, such as {@code script-src}
 */
record StorefrontScript(String id, IntegrationCategory category, String key, String pattern,
        Function<String, String> bootstrap, Map<String, List<String>> allowedSources) implements Integration {

    @Override
    public List<IntegrationField> fields() {
        return List.of(IntegrationField.text(key, pattern));
    }

    String bootstrapFor(IntegrationSettings settings) {
        return bootstrap.apply(settings.get(key));
    }
}
