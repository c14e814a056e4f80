package io.tunemall.payment.setting;

import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentSettings;
import io.tunemall.platform.integration.Integration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The easy-pay wallets the app store lists. */
@Configuration(proxyBeanMethods = false)
class EasyPayIntegrations {

    @Bean
    Integration naverPayIntegration(PaymentSettings settings) {
        return new EasyPayIntegration("naverpay", PaymentMethod.NAVER_PAY, settings);
    }

    @Bean
    Integration kakaoPayIntegration(PaymentSettings settings) {
        return new EasyPayIntegration("kakaopay", PaymentMethod.KAKAO_PAY, settings);
    }
}
