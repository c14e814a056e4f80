package io.tunemall.payment.testgateway;

import io.tunemall.payment.api.PaymentCallbacks;
import io.tunemall.payment.api.TestGatewayApprovals;
import io.tunemall.platform.time.ShopClock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The test gateway is there unless {@code tunemall.payment.test-gateway=false} (a live shop may switch it off). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "tunemall.payment.test-gateway", havingValue = "true", matchIfMissing = true)
class TestGatewayConfiguration {

    @Bean
    TestGateway testGateway(TestSessions sessions, ShopClock clock) {
        return new TestGateway(sessions, clock);
    }

    @Bean
    TestGatewayApprovals testGatewayApprovals(TestSessions sessions, TestGateway gateway, PaymentCallbacks callbacks,
            ShopClock clock) {
        return new TestApprovalDesk(sessions, gateway, callbacks, clock);
    }
}
