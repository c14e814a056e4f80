package io.tunemall.platform;

import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PlatformProperties.class)
@EnableCaching
@EnableScheduling
class PlatformConfiguration {

    @Bean
    Clock clock(PlatformProperties properties) {
        return Clock.system(properties.timeZone());
    }
}
