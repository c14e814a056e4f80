package io.tunemall.platform.privacy;

import io.tunemall.platform.PlatformProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the keys come from: {@code tunemall.privacy.*} when any key is configured (production, several nodes,
 * tests), otherwise the key file the embedded default generates in the data directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PrivacyProperties.class)
class PrivacyConfiguration {

    private static final Logger log = LoggerFactory.getLogger(PrivacyConfiguration.class);

    @Bean
    PiiKeys piiKeys(PrivacyProperties privacy, PlatformProperties platform) {
        if (privacy.keysConfigured()) {
            PiiKeys keys = new PiiKeys(privacy.keys(), privacy.activeKey(), privacy.blindIndexKey());
            log.info("Personal data keys from configuration: {}", keys);
            return keys;
        }
        return new EmbeddedKeyFile(platform.dataDir()).loadOrCreate();
    }

    @Bean
    PiiCipher piiCipher(PiiKeys keys) {
        return new PiiCipher(keys);
    }

    @Bean
    BlindIndex blindIndex(PiiKeys keys) {
        return new BlindIndex(keys);
    }
}
