package io.tunemall.storefront.social;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code tunemall.members.sso.*}.
 *
 * @param registration the OAuth2 client registration of the company's OIDC provider that {@code /login/sso} uses
 */
@ConfigurationProperties("tunemall.members.sso")
public record SsoProperties(@DefaultValue("groupware") String registration) {
}
