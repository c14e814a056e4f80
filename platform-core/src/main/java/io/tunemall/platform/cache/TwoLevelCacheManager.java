package io.tunemall.platform.cache;

import com.github.benmanes.caffeine.cache.Caffeine;
import io.tunemall.platform.PlatformProperties;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.data.redis.cache.RedisCacheManager;

/**
 * Hands out {@link TwoLevelCache}s by name. Each is wrapped so that a put or an eviction made inside a transaction
 * happens after the commit: evicting before the commit would let another node reload and cache the old row.
 */
class TwoLevelCacheManager implements CacheManager {

    private final RedisCacheManager global;
    private final CacheEvictionBroadcast broadcast;
    private final PlatformProperties.Cache settings;
    private final ConcurrentMap<String, TwoLevelCache> caches = new ConcurrentHashMap<>();
    private final ConcurrentMap<String, Cache> decorated = new ConcurrentHashMap<>();

    TwoLevelCacheManager(RedisCacheManager global, CacheEvictionBroadcast broadcast, PlatformProperties.Cache settings) {
        this.global = global;
        this.broadcast = broadcast;
        this.settings = settings;
        broadcast.onRemoteChanges(this::evictLocally, this::clearLocally);
    }

    @Override
    public Cache getCache(String name) {
        return decorated.computeIfAbsent(name, n -> new TransactionAwareCacheDecorator(twoLevel(n)));
    }

    @Override
    public Collection<String> getCacheNames() {
        return List.copyOf(caches.keySet());
    }

    private TwoLevelCache twoLevel(String name) {
        return caches.computeIfAbsent(name, n -> new TwoLevelCache(n,
                Caffeine.newBuilder()
                        .maximumSize(settings.localMaxSize())
                        .expireAfterWrite(settings.localTtl())
                        .recordStats()
                        .build(),
                global.getCache(n), broadcast));
    }

    private void evictLocally(String cache, String key) {
        TwoLevelCache target = caches.get(cache);
        if (target != null) {
            target.evictLocally(key);
        }
    }

    private void clearLocally(String cache) {
        TwoLevelCache target = caches.get(cache);
        if (target != null) {
            target.clearLocally();
        }
    }
}
