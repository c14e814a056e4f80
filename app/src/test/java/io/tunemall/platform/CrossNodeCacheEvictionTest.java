package io.tunemall.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.github.benmanes.caffeine.cache.Cache;
import io.tunemall.platform.cache.LocalCacheAutoConfiguration;
import io.tunemall.platform.cache.TwoLevelCacheAutoConfiguration;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration;
import org.springframework.cache.CacheManager;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Two nodes, each with its own memory cache, share one Redis. A change on one node must reach the other's memory.
 * The nodes are two application contexts of the platform's cache configuration against the real Redis.
 */
class CrossNodeCacheEvictionTest {

    static final String REDIS = System.getenv().getOrDefault("TUNEMALL_TEST_REDIS_URL", "redis://127.0.0.1:6379/0");

    static ConfigurableApplicationContext nodeA;
    static ConfigurableApplicationContext nodeB;

    String cacheName;

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({DataRedisAutoConfiguration.class, TwoLevelCacheAutoConfiguration.class,
            LocalCacheAutoConfiguration.class})
    static class CacheNode {
    }

    @BeforeAll
    static void startTwoNodes() {
        nodeA = node();
        nodeB = node();
    }

    @AfterAll
    static void stopNodes() {
        nodeA.close();
        nodeB.close();
    }

    @BeforeEach
    void freshCacheName() {
        cacheName = "test.prices." + UUID.randomUUID();
    }

    @Test
    void a_value_cached_by_one_node_is_served_to_the_other_from_redis_and_then_from_its_own_memory() {
        cacheOn(nodeA).put("TEE-BLK-M", "12900");

        assertThat(cacheOn(nodeB).get("TEE-BLK-M", () -> "loaded again")).isEqualTo("12900");
        warmOn(nodeB, "TEE-BLK-M");
        assertThat(localCopyOn(nodeB).getIfPresent("TEE-BLK-M")).isEqualTo("12900");
    }

    @Test
    void an_eviction_on_one_node_removes_the_other_nodes_local_copy_within_a_second() {
        cacheOn(nodeA).put("TEE-BLK-M", "12900");
        warmOn(nodeB, "TEE-BLK-M");

        cacheOn(nodeA).evict("TEE-BLK-M");

        await().atMost(Duration.ofSeconds(1)).until(() -> localCopyOn(nodeB).getIfPresent("TEE-BLK-M") == null);
        assertThat(cacheOn(nodeB).get("TEE-BLK-M", () -> "reloaded 9900")).isEqualTo("reloaded 9900");
    }

    @Test
    void a_new_value_written_on_one_node_replaces_the_old_one_on_the_other() {
        cacheOn(nodeA).put("home", "old page");
        warmOn(nodeB, "home");

        cacheOn(nodeA).put("home", "new page");

        await().atMost(Duration.ofSeconds(1)).untilAsserted(() ->
                assertThat(cacheOn(nodeB).get("home", () -> "unused")).isEqualTo("new page"));
    }

    @Test
    void clearing_a_cache_on_one_node_clears_it_on_the_other() {
        cacheOn(nodeA).put("a", "1");
        warmOn(nodeB, "a");

        cacheOn(nodeA).clear();

        await().atMost(Duration.ofSeconds(1)).until(() -> localCopyOn(nodeB).estimatedSize() == 0);
    }

    @Test
    void without_an_eviction_message_a_node_keeps_serving_its_local_copy() {
        cacheOn(nodeA).put("TEE-BLK-M", "12900");
        warmOn(nodeB, "TEE-BLK-M");

        // Changing Redis behind the platform's back sends no message: node B's memory still has the old value.
        // This is what the broadcast exists for, and what the local TTL bounds.
        nodeA.getBean(StringRedisTemplate.class).delete(nodeA.getBean(StringRedisTemplate.class)
                .keys("tunemall:*" + cacheName + "*"));

        assertThat(cacheOn(nodeB).get("TEE-BLK-M", () -> "reloaded")).isEqualTo("12900");
    }

    /**
     * Reads the key on a node until its memory holds it. A put announces itself to the other nodes, and that
     * announcement may land just after the other node's first read and drop its fresh copy again.
     */
    private void warmOn(ConfigurableApplicationContext node, String key) {
        await().atMost(Duration.ofSeconds(1)).until(() -> {
            cacheOn(node).get(key, () -> "loaded on " + node.getId());
            return localCopyOn(node).getIfPresent(key) != null;
        });
    }

    private org.springframework.cache.Cache cacheOn(ConfigurableApplicationContext node) {
        return node.getBean(CacheManager.class).getCache(cacheName);
    }

    @SuppressWarnings("unchecked")
    private Cache<String, Object> localCopyOn(ConfigurableApplicationContext node) {
        return (Cache<String, Object>) cacheOn(node).getNativeCache();
    }

    private static ConfigurableApplicationContext node() {
        return new SpringApplicationBuilder(CacheNode.class)
                .web(WebApplicationType.NONE)
                .run("--tunemall.redis.url=" + REDIS, "--spring.main.banner-mode=off");
    }
}
