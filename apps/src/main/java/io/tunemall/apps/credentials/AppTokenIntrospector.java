package io.tunemall.apps.credentials;

import io.tunemall.platform.time.ShopClock;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DefaultOAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Resolves a bearer token on every API call against the database, with its app: a token of a revoked app, an
 * expired one or one removed by a secret rotation is refused on the very next request. The lookup is one primary-key
 * read joined to the app, cheap enough not to cache (a cache would delay revocation).
 */
@Component
public class AppTokenIntrospector implements OpaqueTokenIntrospector {

    /** Attributes of the authenticated app principal. */
    public static final String APP_ID = "app_id";
    public static final String REQUESTS_PER_MINUTE = "requests_per_minute";

    private final TokenStore tokens;
    private final ShopClock clock;

    AppTokenIntrospector(TokenStore tokens, ShopClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    public OAuth2AuthenticatedPrincipal introspect(String token) {
        TokenStore.LiveToken live = tokens.live(token, clock.now())
                .orElseThrow(() -> new BadOpaqueTokenException("The token is unknown, expired or its app revoked"));
        return new DefaultOAuth2AuthenticatedPrincipal(live.clientId(),
                Map.of(APP_ID, live.appId(), REQUESTS_PER_MINUTE, live.requestsPerMinute(), "scope", live.scopes(),
                        "client_id", live.clientId()),
                live.scopes().stream().<GrantedAuthority>map(scope -> new SimpleGrantedAuthority("SCOPE_" + scope)).toList());
    }
}
