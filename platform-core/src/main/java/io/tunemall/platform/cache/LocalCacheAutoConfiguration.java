package io.tunemall.platform.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.tunemall.platform.PlatformProperties;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;

/** Without Redis (one node, the embedded default): the node's own memory is the only cache. */
@AutoConfiguration(after = TwoLevelCacheAutoConfiguration.class,
        beforeName = "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration")
@ConditionalOnMissingBean(CacheManager.class)
@EnableConfigurationProperties(PlatformProperties.class)
public class LocalCacheAutoConfiguration {

    @Bean
    CacheManager cacheManager(PlatformProperties properties) {
        CaffeineCacheManager local = new CaffeineCacheManager();
        local.setCaffeine(Caffeine.newBuilder()
                .maximumSize(properties.cache().localMaxSize())
                .expireAfterWrite(properties.cache().localTtl())
                .recordStats());
        return new TransactionAwareCacheManagerProxy(local);
    }
}
