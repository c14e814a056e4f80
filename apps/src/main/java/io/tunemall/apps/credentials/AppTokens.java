package io.tunemall.apps.credentials;

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

    AppTokens(TokenStore tokens) {
        this.tokens = tokens;
    }

    @Override
    public void save(OAuth2Authorization authorization) {
        OAuth2Authorization.Token<OAuth2AccessToken> issued = authorization.getAccessToken();
        if (issued == null) {
            return;
        }
        OAuth2AccessToken token = issued.getToken();
        tokens.save(token.getTokenValue(), Long.parseLong(authorization.getRegisteredClientId()), token.getScopes(),
                token.getIssuedAt(), token.getExpiresAt());
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
