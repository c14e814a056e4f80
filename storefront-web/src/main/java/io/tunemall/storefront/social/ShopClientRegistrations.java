package io.tunemall.storefront.social;

import io.tunemall.platform.integration.IntegrationSettings;
import io.tunemall.platform.integration.Integrations;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientPropertiesMapper;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The social login providers: those configured in the application's properties, and the Kakao and Naver logins the
 * owner switched on in the app store, looked up on every use so that a switch applies at once on every node.
 */
class ShopClientRegistrations implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private final Map<String, ClientRegistration> configured;
    private final Map<String, OAuth2ClientProperties.Provider> providers;
    private final List<SocialLoginIntegration> appStoreLogins;
    private final Integrations integrations;

    ShopClientRegistrations(OAuth2ClientProperties properties, List<SocialLoginIntegration> appStoreLogins,
            Integrations integrations) {
        this.configured = new LinkedHashMap<>(new OAuth2ClientPropertiesMapper(properties).asClientRegistrations());
        this.providers = Map.copyOf(properties.getProvider());
        this.appStoreLogins = List.copyOf(appStoreLogins);
        this.integrations = integrations;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        ClientRegistration registration = configured.get(registrationId);
        if (registration != null) {
            return registration;
        }
        return appStoreLogins.stream()
                .filter(login -> login.provider().equals(registrationId))
                .findFirst()
                .flatMap(login -> integrations.settingsIfOn(login.id()).map(settings -> registration(login, settings)))
                .orElse(null);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        List<ClientRegistration> all = new ArrayList<>(configured.values());
        for (SocialLoginIntegration login : appStoreLogins) {
            if (!configured.containsKey(login.provider())) {
                integrations.settingsIfOn(login.id()).ifPresent(settings -> all.add(registration(login, settings)));
            }
        }
        return all.iterator();
    }

    private ClientRegistration registration(SocialLoginIntegration login, IntegrationSettings settings) {
        OAuth2ClientProperties.Registration registration = new OAuth2ClientProperties.Registration();
        registration.setClientId(settings.get(SocialLoginIntegration.CLIENT_ID));
        registration.setClientSecret(settings.get(SocialLoginIntegration.CLIENT_SECRET));
        registration.setClientName(login.clientName());
        registration.setAuthorizationGrantType("authorization_code");
        registration.setClientAuthenticationMethod("client_secret_post");
        registration.setRedirectUri("{baseUrl}/login/oauth2/code/{registrationId}");
        registration.setScope(Set.of(login.scope().split(",")));
        registration.setProvider(login.provider());
        OAuth2ClientProperties one = new OAuth2ClientProperties();
        one.getProvider().putAll(providers);
        one.getRegistration().put(login.provider(), registration);
        return new OAuth2ClientPropertiesMapper(one).asClientRegistrations().get(login.provider());
    }
}
