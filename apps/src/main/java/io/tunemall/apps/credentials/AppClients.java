package io.tunemall.apps.credentials;

import java.time.Duration;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Component;

/**
 * The apps as the token endpoint sees them: client credentials only, opaque ("reference") access tokens. A revoked
 * app is unknown here, so it gets no new token. Apps are registered through {@code Apps}, never through this
 * repository.
 */
@Component
class AppClients implements RegisteredClientRepository {

    static final Duration TOKEN_LIFETIME = Duration.ofHours(1);

    private final AppStore apps;

    AppClients(AppStore apps) {
        this.apps = apps;
    }

    @Override
    public void save(RegisteredClient client) {
        throw new UnsupportedOperationException("Apps are registered in the admin console (Apps.register)");
    }

    @Override
    public RegisteredClient findById(String id) {
        return apps.byId(Long.parseLong(id)).filter(app -> app.summary().active()).map(AppClients::client).orElse(null);
    }

    @Override
    public RegisteredClient findByClientId(String clientId) {
        return apps.byClientId(clientId).filter(app -> app.summary().active()).map(AppClients::client).orElse(null);
    }

    private static RegisteredClient client(AppStore.StoredApp app) {
        return RegisteredClient.withId(String.valueOf(app.summary().id()))
                .clientId(app.summary().clientId())
                .clientName(app.summary().name())
                .clientSecret(app.secretHash())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                .scopes(scopes -> scopes.addAll(app.summary().scopes()))
                .tokenSettings(TokenSettings.builder()
                        .accessTokenFormat(OAuth2TokenFormat.REFERENCE)
                        .accessTokenTimeToLive(TOKEN_LIFETIME)
                        .build())
                .build();
    }
}
