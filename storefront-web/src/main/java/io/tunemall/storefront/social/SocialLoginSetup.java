package io.tunemall.storefront.social;

import io.tunemall.member.api.SocialLogins;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.authentication.OAuth2LoginAuthenticationProvider;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Social login and groupware SSO on the storefront chain. Providers come from
 * {@code spring.security.oauth2.client.registration.*} and from the app store's Kakao and Naver logins
 * ({@link ShopClientRegistrations}); with none (the embedded default) the login page offers password login only.
 */
@Component
@EnableConfigurationProperties(SsoProperties.class)
public class SocialLoginSetup {

    /** The parameter of {@code /oauth2/authorization/{id}} that asks the provider not to show any page. */
    static final String SILENT = "sso";

    private final ShopClientRegistrations registrations;
    private final SocialLogins socialLogins;
    private final ShopperSessions sessions;
    private final DormantStep dormantStep;

    SocialLoginSetup(ShopClientRegistrations registrations, SocialLogins socialLogins,
            ShopperSessions sessions, DormantStep dormantStep) {
        this.registrations = registrations;
        this.socialLogins = socialLogins;
        this.sessions = sessions;
        this.dormantStep = dormantStep;
    }

    /** The providers configured or switched on now, for the login page and the my-page. */
    public List<ClientRegistration> providers() {
        return StreamSupport.stream(registrations.spliterator(), false).toList();
    }

    /**
     * The storefront chain names its authentication providers itself (shoppers only); provider logins need theirs
     * added to that list.
     */
    public List<AuthenticationProvider> withProviderLogins(AuthenticationProvider... shopperProviders) {
        List<AuthenticationProvider> all = new ArrayList<>(List.of(shopperProviders));
        RestClientAuthorizationCodeTokenResponseClient tokens = new RestClientAuthorizationCodeTokenResponseClient();
        all.add(new OidcAuthorizationCodeAuthenticationProvider(tokens, new OidcUserService()));
        all.add(new OAuth2LoginAuthenticationProvider(tokens, new DefaultOAuth2UserService()));
        return all;
    }

    public void configure(HttpSecurity http) throws Exception {
        DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(
                registrations, "/oauth2/authorization");
        resolver.setAuthorizationRequestCustomizer(request -> {
            if (silentRequested()) {
                request.additionalParameters(parameters -> parameters.put("prompt", "none"));
            }
        });
        http.oauth2Login(login -> login
                .loginPage("/login")
                .clientRegistrationRepository(registrations)
                .authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(resolver))
                .successHandler(new SocialLoginSuccess(socialLogins, sessions, dormantStep))
                .failureHandler(new SocialLoginFailure()));
    }

    /** Boot's RequestContextFilter runs before the security filters, so the current request is at hand here. */
    private static boolean silentRequested() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getParameter(SILENT) != null;
    }
}
