package io.tunemall.member.benefit;

import org.springframework.context.annotation.Configuration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BenefitsProperties.class)
class BenefitsConfiguration {
}
