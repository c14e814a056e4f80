package io.tunemall.platform.startup;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.redis.connection.RedisConnection;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Lettuce connects lazily, so a configured but absent Redis would only show up at the first cache miss or login.
 * A node that is told to use Redis and cannot reach it refuses to start instead.
 */
public class RedisStartupCheck implements SmartInitializingSingleton {

    private final RedisConnectionFactory connections;

    public RedisStartupCheck(RedisConnectionFactory connections) {
        this.connections = connections;
    }

    @Override
    public void afterSingletonsInstantiated() {
        try (RedisConnection connection = connections.getConnection()) {
            connection.ping();
        }
    }
}
