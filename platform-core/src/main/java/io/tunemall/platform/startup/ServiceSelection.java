package io.tunemall.platform.startup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * Decides, before any bean exists, whether this node runs with Redis.
 *
 * <p>The embedded default must start with nothing installed, yet Redis support is always on the classpath, and Boot
 * would then connect to localhost:6379 and report the node DOWN. So Redis (connection, health, sessions) is switched
 * on only when {@code tunemall.redis.url} (env {@code TUNEMALL_REDIS_URL}) or Boot's own {@code spring.data.redis.*}
 * says where it is; otherwise its auto-configuration is excluded and the node uses its local cache and container
 * sessions alone.
 */
public class ServiceSelection implements EnvironmentPostProcessor {

    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisReactiveAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.DataRedisRepositoriesAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.health.DataRedisReactiveHealthContributorAutoConfiguration",
            "org.springframework.boot.data.redis.autoconfigure.observation.LettuceObservationAutoConfiguration",
            "org.springframework.boot.session.data.redis.autoconfigure.SessionDataRedisAutoConfiguration");

    private static final String EXCLUDE = "spring.autoconfigure.exclude";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Map<String, Object> derived = new HashMap<>();
        String redisUrl = environment.getProperty("tunemall.redis.url");
        if (StringUtils.hasText(redisUrl)) {
            derived.put("spring.data.redis.url", redisUrl);
        } else if (!redisConfiguredTheBootWay(environment)) {
            List<String> excluded = new ArrayList<>(REDIS_AUTO_CONFIGURATIONS);
            String existing = environment.getProperty(EXCLUDE);
            if (StringUtils.hasText(existing)) {
                excluded.addAll(Arrays.asList(StringUtils.commaDelimitedListToStringArray(existing)));
            }
            derived.put(EXCLUDE, String.join(",", excluded));
        }
        if (!derived.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("tunemallServiceSelection", derived));
        }
    }

    private static boolean redisConfiguredTheBootWay(ConfigurableEnvironment environment) {
        return StringUtils.hasText(environment.getProperty("spring.data.redis.url"))
                || StringUtils.hasText(environment.getProperty("spring.data.redis.host"));
    }
}
