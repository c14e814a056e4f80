package io.tunemall.storefront.social;

import io.tunemall.platform.integration.Integration;
import io.tunemall.platform.integration.IntegrationCategory;
import io.tunemall.platform.integration.IntegrationField;
import java.util.List;

/**
 * Kakao or Naver login in the app store: the owner pastes the client id and secret of the app registered with the
 * provider, and the login page offers the provider at once (no restart). A provider configured in the application's
 * properties instead stays as it is.
 *
 * @param provider the registration id, which is also the provider's name under
 *        {@code spring.security.oauth2.client.provider}
 */
record SocialLoginIntegration(String provider, String clientName, String scope) implements Integration {

    static final String CLIENT_ID = "clientId";
    static final String CLIENT_SECRET = "clientSecret";

    @Override
    public String id() {
        return provider + "-login";
    }

    @Override
    public IntegrationCategory category() {
        return IntegrationCategory.LOGIN;
    }

    @Override
    public List<IntegrationField> fields() {
        return List.of(IntegrationField.text(CLIENT_ID, "[A-Za-z0-9_.\\-]{4,200}"), IntegrationField.secret(CLIENT_SECRET));
    }
}
