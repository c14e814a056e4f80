package io.tunemall.apps.credentials;

import io.tunemall.platform.security.SecurityChainOrder;
import io.tunemall.platform.security.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The token endpoint {@code POST /oauth2/token} (Spring Authorization Server): apps authenticate with their client id
 * and secret (HTTP Basic or form fields) and get an opaque bearer token for the client credentials grant. No other
 * grant and no other endpoint of the authorization server is exposed.
 */
@Configuration(proxyBeanMethods = false)
class TokenEndpointConfiguration {

    @Bean
    AuthorizationServerSettings appAuthorizationServerSettings() {
        return AuthorizationServerSettings.builder().build();
    }

    @Bean
    @Order(SecurityChainOrder.APP_TOKEN)
    SecurityFilterChain appTokenChain(HttpSecurity http, AppClients clients, AppTokens tokens,
            AuthorizationServerSettings settings) throws Exception {
        return http.securityMatcher(settings.getTokenEndpoint())
                .oauth2AuthorizationServer(server -> server
                        .registeredClientRepository(clients)
                        .authorizationService(tokens)
                        .authorizationServerSettings(settings))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable)
                .headers(SecurityHeaders.standard())
                .build();
    }
}
