package io.tunemall.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code tunemall.*}; each default is documented in application.yml.
 *
 * @param timeZone the shop's time zone, used wherever a date is shown or a day boundary matters
 * @param dataDir where the embedded database and uploaded media live
 * @param demoData whether an empty shop is filled with demo categories and products on start
 * @param cache local and global cache settings
 */
@ConfigurationProperties("tunemall")
public record PlatformProperties(
        @DefaultValue("Asia/Seoul") ZoneId timeZone,
        @DefaultValue("./data") Path dataDir,
        @DefaultValue("false") boolean demoData,
        @DefaultValue Cache cache) {

    /**
     * @param localTtl how long a node keeps a value in its own memory; bounds staleness if an eviction message is lost
     * @param localMaxSize entries per cache kept in a node's memory
     * @param globalTtl how long a value lives in Redis
     */
    public record Cache(
            @DefaultValue("60s") Duration localTtl,
            @DefaultValue("10000") long localMaxSize,
            @DefaultValue("10m") Duration globalTtl) {
    }
}
