package io.tunemall.payment;

import io.tunemall.payment.setting.PaymentProperties;
import io.tunemall.payment.toss.TossPaymentsGateway;
import io.tunemall.payment.toss.TossSettings;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The payment module's settings, and the Toss Payments adapter when its secret key is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PaymentProperties.class)
class PaymentConfiguration {

    static final String TOSS = "toss";

    @Bean
    @ConditionalOnExpression("!'${tunemall.payment.toss.secret-key:}'.isBlank()")
    TossPaymentsGateway tossPaymentsGateway(PaymentProperties properties) {
        PaymentProperties.Toss toss = properties.toss();
        return new TossPaymentsGateway(new TossSettings(TOSS, toss.baseUrl(), toss.secretKey(), toss.clientKey(),
                toss.connectTimeout(), toss.readTimeout()));
    }
}
