package io.tunemall.storefront.social;

import io.tunemall.platform.integration.Integrations;
import java.util.List;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.security.oauth2.client.autoconfigure.OAuth2ClientProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * The storefront's provider registry and the app store's Kakao and Naver logins. The registry always exists, so the
 * storefront chain always accepts provider logins; with no provider configured or switched on, the login page offers
 * none.
 */
@Configuration(proxyBeanMethods = false)
class SocialLoginRegistrations {

    @Bean
    SocialLoginIntegration kakaoLoginIntegration() {
        return new SocialLoginIntegration("kakao", "카카오", "profile_nickname,account_email");
    }

    @Bean
    SocialLoginIntegration naverLoginIntegration() {
        return new SocialLoginIntegration("naver", "네이버", "name,email");
    }

    @Bean
    ShopClientRegistrations shopClientRegistrations(Environment environment, List<SocialLoginIntegration> logins,
            Integrations integrations) {
        OAuth2ClientProperties properties = Binder.get(environment)
                .bind("spring.security.oauth2.client", OAuth2ClientProperties.class)
                .orElseGet(OAuth2ClientProperties::new);
        properties.afterPropertiesSet();
        return new ShopClientRegistrations(properties, logins, integrations);
    }
}
