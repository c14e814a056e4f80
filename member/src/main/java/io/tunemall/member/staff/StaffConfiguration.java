package io.tunemall.member.staff;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StaffLoginProperties.class)
class StaffConfiguration {
}
