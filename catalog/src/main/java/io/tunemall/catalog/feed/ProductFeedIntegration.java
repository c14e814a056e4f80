package io.tunemall.catalog.feed;

import io.tunemall.platform.integration.Integration;
import io.tunemall.platform.integration.IntegrationCategory;
import io.tunemall.platform.integration.IntegrationField;
import java.util.List;

/**
 * A shopping feed in the app store. Its one setting is the storefront's public address, which every link in the
 * feed starts with (a feed is fetched by the shopping site, never through a shopper's request).
 */
record ProductFeedIntegration(String id, FeedFormat format) implements Integration {

    static final String SHOP_URL = "shopUrl";

    @Override
    public IntegrationCategory category() {
        return IntegrationCategory.FEED;
    }

    @Override
    public List<IntegrationField> fields() {
        return List.of(IntegrationField.text(SHOP_URL, "https?://[A-Za-z0-9.\\-]+(:[0-9]{1,5})?(/[^\\s]*)?"));
    }
}
