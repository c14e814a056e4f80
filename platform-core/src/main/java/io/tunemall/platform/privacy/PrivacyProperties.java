package io.tunemall.platform.privacy;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The settings under {@code tunemall.privacy.*}, documented in application.yml and docs/members.md.
 *
 * @param keys AES-256 keys by id, each 32 bytes in base64 ({@code tunemall.privacy.keys.k2=...}); when none is set,
 *     the embedded default generates one and keeps it in the data directory
 * @param activeKey the id of the key new values are written with; every other key only decrypts
 * @param blindIndexKey the HMAC-SHA256 key of the blind indexes, base64 (at least 32 bytes); it cannot be rotated by
 *     configuration alone, because every index value would change
 * @param reencryptEvery how often the re-encryption job looks for values written with an older key
 * @param reencryptBatch values read and rewritten per round trip by that job
 */
@ConfigurationProperties("tunemall.privacy")
public record PrivacyProperties(
        @DefaultValue Map<String, String> keys,
        String activeKey,
        String blindIndexKey,
        @DefaultValue("PT1H") Duration reencryptEvery,
        @DefaultValue("500") int reencryptBatch) {

    public PrivacyProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }

    boolean keysConfigured() {
        return !keys.isEmpty();
    }
}
