package io.tunemall.platform.cache;

import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;

/**
 * Tells the other nodes, over a Redis channel, that a cached key changed, and applies what they tell this node.
 * A message is {@code node|cache|key}; a key of {@code *} with the clear flag means the whole cache.
 */
class CacheEvictionBroadcast implements MessageListener {

    static final String CHANNEL = "tunemall:cache-evictions";
    private static final String SEPARATOR = "|";
    private static final String CLEAR = "\u0000clear";

    private final StringRedisTemplate redis;
    private final String node = UUID.randomUUID().toString();
    private BiConsumer<String, String> onEvicted = (cache, key) -> { };
    private Consumer<String> onCleared = cache -> { };

    CacheEvictionBroadcast(StringRedisTemplate redis) {
        this.redis = redis;
    }

    void onRemoteChanges(BiConsumer<String, String> evicted, Consumer<String> cleared) {
        this.onEvicted = evicted;
        this.onCleared = cleared;
    }

    void evicted(String cache, String key) {
        redis.convertAndSend(CHANNEL, node + SEPARATOR + cache + SEPARATOR + key);
    }

    void cleared(String cache) {
        redis.convertAndSend(CHANNEL, node + SEPARATOR + cache + SEPARATOR + CLEAR);
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        String[] parts = new String(message.getBody(), java.nio.charset.StandardCharsets.UTF_8).split("\\|", 3);
        if (parts.length != 3 || parts[0].equals(node)) {
            return;
        }
        if (parts[2].equals(CLEAR)) {
            onCleared.accept(parts[1]);
        } else {
            onEvicted.accept(parts[1], parts[2]);
        }
    }
}
