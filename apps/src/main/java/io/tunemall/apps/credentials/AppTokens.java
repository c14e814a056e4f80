package io.tunemall.apps.credentials;

import java.util.Set;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.stereotype.Component;

/**
 * Where the token endpoint keeps the access tokens it issues: their hash in {@code app_token}. Only issuing and
 * removing are used; the API resolves tokens itself ({@code AppTokenIntrospector}), with the app's current state, so
 * the authorization server's own introspection endpoint is not offered.
 */
@Component
class AppTokens implements OAuth2AuthorizationService {

    private final TokenStore tokens;
    private final AppStore apps;

    AppTokens(TokenStore tokens, AppStore apps) {
        this.tokens = tokens;
        this.apps = apps;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> issued = authorization.getAccessToken();
        if (issued == null) {
            return;
        }
        OAuth2AccessToken token = issued.getToken();
        long appId = Long.parseLong(authorization.getRegisteredClientId());
        // A token request without a scope gets every scope the app was granted (RFC 6749 3.3 lets the server choose
        // a default); the authorization server itself would issue a token with none.
        Set<String> scopes = token.getScopes().isEmpty()
                ? apps.byId(appId).map(app -> app.summary().scopes()).orElse(Set.of())
                : token.getScopes();
        tokens.save(token.getTokenValue(), appId, scopes, token.getIssuedAt(), token.getExpiresAt());
    }

    @Override
    public void remove(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> issued = authorization.getAccessToken();
        if (issued != null) {
            tokens.remove(issued.getToken().getTokenValue());
        }
    }

    @Override
    public OAuth2Authorization findById(String id) {
        return null;
    }

    @Override
    public OAuth2Authorization findByToken(String token, OAuth2TokenType tokenType) {
        return null;
    }
}
