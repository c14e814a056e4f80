package io.tunemall.member;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.servlet.DelegatingFilterProxyRegistrationBean;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import jakarta.servlet.http.HttpServlet;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.http.MediaType;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * A real OIDC provider standing in for a company groupware: Spring Authorization Server in an application context of
 * its own (not the shop's shared test context), with a login form and one registered client, the shop. Any username
 * logs in with {@link #PASSWORD}; the username is the employee's email, so every test brings its own employee. The ID
 * token says the email is verified, except for usernames starting with {@code unverified-}.
 *
 * <p>Deliberately not a {@code @Configuration}: the shop's component scan must not pick it up. It is started once
 * per test JVM, on the port application-it.yml points the shop's "groupware" registration at.
 */
@EnableWebSecurity
class TestOidcProvider {

    static final String PASSWORD = "groupware-pass";
    private static final AtomicReference<ConfigurableApplicationContext> RUNNING = new AtomicReference<>();

    /** Starts the provider unless it runs; the shop's address is needed for the client's registered redirect URI. */
    static String startFor(Environment shop) {
        String port = System.getenv().getOrDefault("TUNEMALL_TEST_IDP_PORT", "9188");
        RUNNING.updateAndGet(running -> running != null ? running : new SpringApplicationBuilder(TestOidcProvider.class)
                .web(WebApplicationType.SERVLET)
                .registerShutdownHook(true)
                .run("--spring.config.name=test-oidc-provider", "--spring.main.banner-mode=off",
                        "--idp.port=" + port, "--shop.port=" + shop.getRequiredProperty("local.server.port")));
        return "http://localhost:" + port;
    }

    @Bean
    TomcatServletWebServerFactory webServer(Environment environment) {
        return new TomcatServletWebServerFactory(environment.getRequiredProperty("idp.port", Integer.class));
    }

    /** Without Boot's security auto-configuration, nothing else puts Spring Security in front of the servlet. */
    @Bean
    DelegatingFilterProxyRegistrationBean securityFilter() {
        return new DelegatingFilterProxyRegistrationBean("springSecurityFilterChain");
    }

    /**
     * Tomcat runs filters only for a request some servlet is mapped to; every endpoint here is a security filter, so
     * a servlet that is never reached is mapped to "/".
     */
    @Bean
    ServletRegistrationBean<HttpServlet> unreached() {
        return new ServletRegistrationBean<>(new HttpServlet() {
        }, "/");
    }

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        return http.securityMatcher(server.getEndpointsMatcher())
                .with(server, configurer -> configurer.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain loginForm(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    @Bean
    UserDetailsService employees() {
        return username -> User.withUsername(username).password("{noop}" + PASSWORD).roles("EMPLOYEE").build();
    }

    @Bean
    RegisteredClientRepository clients(Environment environment) {
        String shop = "http://localhost:" + environment.getRequiredProperty("shop.port");
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId(UUID.randomUUID().toString())
                .clientId("tunemall-shop")
                .clientSecret("{noop}groupware-client-secret")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(shop + "/login/oauth2/code/groupware")
                .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                // A groupware's own client: employees are not asked to approve the shop.
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> emailInTheIdToken() {
        return context -> {
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                String username = context.getPrincipal().getName();
                context.getClaims().claim("email", username.replaceFirst("^unverified-", ""))
                        .claim("email_verified", !username.startsWith("unverified-"))
                        .claim("name", "김사원");
            }
        };
    }

    @Bean
    JWKSource<SecurityContext> keys() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic()).privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString()).build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The OIDC user-info endpoint checks access tokens with it. */
    @Bean
    JwtDecoder accessTokens(JWKSource<SecurityContext> keys) {
        return NimbusJwtDecoder.withJwkSource(keys).build();
    }

    @Bean
    AuthorizationServerSettings settings(Environment environment) {
        return AuthorizationServerSettings.builder()
                .issuer("http://localhost:" + environment.getRequiredProperty("idp.port")).build();
    }
}
