package io.tunemall.order.privacy;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Keys that encrypt the personal data of orders, under {@code tunemall.order.personal-data}; defaults documented in
 * application.yml.
 *
 * @param keys key id to a Base64 256-bit AES key; old keys stay listed so that what they encrypted can be read
 * @param currentKey the key id new values are encrypted with
 */
@ConfigurationProperties("tunemall.order.personal-data")
public record PersonalDataProperties(@DefaultValue Map<String, String> keys, String currentKey) {
}
