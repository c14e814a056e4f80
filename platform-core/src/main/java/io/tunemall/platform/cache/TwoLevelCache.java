package io.tunemall.platform.cache;

import com.github.benmanes.caffeine.cache.Cache;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.cache.support.AbstractValueAdaptingCache;

/**
 * A cache read from the node's own memory first and from Redis second. Every write or eviction goes to Redis and is
 * announced to the other nodes, which drop their local copy, so an admin edit reaches every node's memory within the
 * time a Redis message takes.
 *
 * <p>Local keys are the key's {@code toString()}, the same text that crosses the wire in an eviction message, so cache
 * keys must have a stable string form (strings, numbers, records and Spring's generated keys do).
 */
class TwoLevelCache extends AbstractValueAdaptingCache {

    private final String name;
    private final Cache<String, Object> local;
    private final org.springframework.cache.Cache global;
    private final CacheEvictionBroadcast broadcast;
    /** Counts evictions announced by other nodes, so a value read from Redis just before one is not kept locally. */
    private final AtomicLong remoteEvictions = new AtomicLong();

    TwoLevelCache(String name, Cache<String, Object> local, org.springframework.cache.Cache global,
            CacheEvictionBroadcast broadcast) {
        super(true);
        this.name = name;
        this.local = local;
        this.global = global;
        this.broadcast = broadcast;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Object getNativeCache() {
        return local;
    }

    @Override
    protected Object lookup(Object key) {
        String localKey = localKey(key);
        Object value = local.getIfPresent(localKey);
        if (value != null) {
            return value;
        }
        long evictionsBefore = remoteEvictions.get();
        ValueWrapper shared = global.get(key);
        if (shared == null) {
            return null;
        }
        Object stored = toStoreValue(shared.get());
        if (remoteEvictions.get() == evictionsBefore) {
            local.put(localKey, stored);
        }
        return stored;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Callable<T> valueLoader) {
        Object stored = local.get(localKey(key), k -> toStoreValue(global.get(key, valueLoader)));
        return (T) fromStoreValue(stored);
    }

    @Override
    public void put(Object key, Object value) {
        global.put(key, value);
        String localKey = localKey(key);
        local.put(localKey, toStoreValue(value));
        broadcast.evicted(name, localKey);
    }

    @Override
    public void evict(Object key) {
        global.evict(key);
        String localKey = localKey(key);
        local.invalidate(localKey);
        broadcast.evicted(name, localKey);
    }

    @Override
    public void clear() {
        global.clear();
        local.invalidateAll();
        broadcast.cleared(name);
    }

    /** Another node changed this key: forget the local copy, the next read goes to Redis. */
    void evictLocally(String localKey) {
        remoteEvictions.incrementAndGet();
        local.invalidate(localKey);
    }

    void clearLocally() {
        remoteEvictions.incrementAndGet();
        local.invalidateAll();
    }

    static String localKey(Object key) {
        return String.valueOf(key);
    }
}
