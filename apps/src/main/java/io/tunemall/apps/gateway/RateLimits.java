package io.tunemall.apps.gateway;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.RedisStandaloneConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.stereotype.Component;

/**
 * Per-app token buckets: {@code requestsPerMinute} calls, refilled evenly over a minute. With Redis configured the
 * buckets live in Redis (bucket4j's compare-and-swap over Lettuce), so the limit holds across all nodes; without it
 * each node keeps its own buckets in memory.
 */
@Component
class RateLimits implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
    private static final Duration WINDOW = Duration.ofMinutes(1);

    /** What one call used of its app's bucket. */
    record Outcome(boolean allowed, long limit, long remaining, long resetSeconds) {
    }

    private final Cache<String, Bucket> local = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();
    private final RedisClient redisClient;
    private final StatefulRedisConnection<byte[], byte[]> redisConnection;
    private final ProxyManager<byte[]> redisBuckets;

    RateLimits(ObjectProvider<RedisConnectionFactory> redis) {
        RedisConnectionFactory factory = redis.getIfAvailable();
        if (factory instanceof LettuceConnectionFactory lettuce) {
            RedisStandaloneConfiguration config = lettuce.getStandaloneConfiguration();
            RedisURI.Builder uri = RedisURI.builder().withHost(config.getHostName()).withPort(config.getPort())
                    .withDatabase(config.getDatabase());
            config.getPassword().toOptional().ifPresent(password -> uri.withPassword(password));
            this.redisClient = RedisClient.create(uri.build());
            this.redisConnection = redisClient.connect(ByteArrayCodec.INSTANCE);
            this.redisBuckets = Bucket4jLettuce.casBasedBuilder(redisConnection)
                    .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(WINDOW))
                    .build();
            log.info("App rate limits are kept in Redis at {}:{}/{}", config.getHostName(), config.getPort(),
                    config.getDatabase());
        } else {
            this.redisClient = null;
            this.redisConnection = null;
            this.redisBuckets = null;
        }
    }

    Outcome take(long appId, int requestsPerMinute) {
        String key = "tunemall:rate:app:" + appId + ":" + requestsPerMinute;
        Bucket bucket = redisBuckets != null
                ? redisBuckets.builder().build(key.getBytes(StandardCharsets.UTF_8), () -> configuration(requestsPerMinute))
                : local.get(key, k -> Bucket.builder().addLimit(bandwidth(requestsPerMinute)).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        long resetNanos = probe.isConsumed() ? probe.getNanosToWaitForReset() : probe.getNanosToWaitForRefill();
        return new Outcome(probe.isConsumed(), requestsPerMinute, probe.getRemainingTokens(),
                Math.max(0, (resetNanos + 999_999_999L) / 1_000_000_000L));
    }

    boolean distributed() {
        return redisBuckets != null;
    }

    private static BucketConfiguration configuration(int requestsPerMinute) {
        return BucketConfiguration.builder().addLimit(bandwidth(requestsPerMinute)).build();
    }

    private static Bandwidth bandwidth(int requestsPerMinute) {
        return Bandwidth.builder().capacity(requestsPerMinute).refillGreedy(requestsPerMinute, WINDOW).build();
    }

    @Override
    public void destroy() {
        if (redisConnection != null) {
            redisConnection.close();
            redisClient.shutdown();
        }
    }
}
