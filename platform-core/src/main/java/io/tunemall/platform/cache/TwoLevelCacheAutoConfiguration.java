package io.tunemall.platform.cache;

import io.tunemall.platform.PlatformProperties;
import io.tunemall.platform.startup.RedisStartupCheck;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * With Redis: caches are two-level (this node's memory, then Redis) and evictions travel between nodes.
 * Runs before Boot's cache auto-configuration, which then backs off.
 */
@AutoConfiguration(
        afterName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
        beforeName = "org.springframework.boot.cache.autoconfigure.CacheAutoConfiguration")
@ConditionalOnBean(RedisConnectionFactory.class)
@EnableConfigurationProperties(PlatformProperties.class)
public class TwoLevelCacheAutoConfiguration {

    @Bean
    RedisStartupCheck redisStartupCheck(RedisConnectionFactory connections) {
        return new RedisStartupCheck(connections);
    }

    @Bean
    CacheEvictionBroadcast cacheEvictionBroadcast(RedisConnectionFactory connections) {
        return new CacheEvictionBroadcast(new StringRedisTemplate(connections));
    }

    @Bean
    RedisMessageListenerContainer cacheEvictionListener(RedisConnectionFactory connections,
            CacheEvictionBroadcast broadcast) {
        RedisMessageListenerContainer container = new RedisMessageListenerContainer();
        container.setConnectionFactory(connections);
        container.addMessageListener(broadcast, new ChannelTopic(CacheEvictionBroadcast.CHANNEL));
        return container;
    }

    @Bean
    TwoLevelCacheManager cacheManager(RedisConnectionFactory connections, CacheEvictionBroadcast broadcast,
            PlatformProperties properties) {
        RedisCacheManager global = RedisCacheManager.builder(connections)
                .cacheDefaults(RedisCacheConfiguration.defaultCacheConfig()
                        .entryTtl(properties.cache().globalTtl())
                        .prefixCacheNameWith(globalPrefix()))
                .build();
        global.afterPropertiesSet();
        return new TwoLevelCacheManager(global, broadcast, properties.cache());
    }

    /**
     * Values are Java-serialized, so nodes of different versions (a rolling update) must not read each other's entries.
     */
    private static String globalPrefix() {
        String version = TwoLevelCacheAutoConfiguration.class.getPackage().getImplementationVersion();
        return "tunemall:" + (version == null ? "dev" : version) + ":";
    }
}
