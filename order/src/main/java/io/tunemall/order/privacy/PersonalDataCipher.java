package io.tunemall.order.privacy;

import io.tunemall.platform.PlatformProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Encrypts personal data before it is stored (names, phones, e-mail, addresses): AES-256-GCM with a fresh 96-bit nonce
 * per value, stored as {@code keyId:base64(nonce ‖ ciphertext ‖ tag)}. The key id travels with the value, so keys can
 * rotate without downtime: add a new key, make it current, and old values still decrypt with the old one.
 *
 * <p>Keys come from configuration ({@code tunemall.order.personal-data.keys}). A shop that configures none (the
 * embedded first run) gets one generated into its data directory, which is only right for a single node: several
 * nodes must share configured keys.
 */
@Component
@EnableConfigurationProperties(PersonalDataProperties.class)
public class PersonalDataCipher {

    private static final Logger log = LoggerFactory.getLogger(PersonalDataCipher.class);
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Map<String, SecretKey> keys = new LinkedHashMap<>();
    private final String currentKey;
    private final SecureRandom random = new SecureRandom();

    public PersonalDataCipher(PersonalDataProperties properties, PlatformProperties platform) {
        Map<String, String> configured = properties.keys();
        String current = properties.currentKey() == null || properties.currentKey().isBlank() ? null
                : properties.currentKey().strip();
        if (configured.isEmpty()) {
            configured = localKeys(platform.dataDir().resolve("keys").resolve("personal-data.properties"));
            current = configured.keySet().iterator().next();
        }
        configured.forEach((id, key) -> keys.put(id, aesKey(id, key)));
        this.currentKey = current == null ? configured.keySet().iterator().next() : current;
        if (!keys.containsKey(currentKey)) {
            throw new IllegalStateException("tunemall.order.personal-data.current-key names " + currentKey
                    + ", which is not among the configured keys " + keys.keySet());
        }
    }

    /** The value encrypted with the current key; null stays null. */
    public String seal(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.get(currentKey), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(currentKey.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return currentKey + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException failure) {
            throw new IllegalStateException("Personal data could not be encrypted", failure);
        }
    }

    /** The plain value of what {@link #seal} stored; null stays null. */
    public String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        int colon = sealed.indexOf(':');
        String keyId = colon < 0 ? "" : sealed.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new IllegalStateException("Personal data was encrypted with key " + keyId
                    + ", which is not configured (tunemall.order.personal-data.keys)");
        }
        try {
            byte[] stored = Base64.getDecoder().decode(sealed.substring(colon + 1));
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, stored, 0, NONCE_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException failure) {
            throw new IllegalStateException("Personal data encrypted with key " + keyId + " could not be decrypted",
                    failure);
        }
    }

    private static SecretKey aesKey(String id, String base64) {
        byte[] bytes = Base64.getDecoder().decode(base64.strip());
        if (bytes.length != 32) {
            throw new IllegalStateException("Personal data key " + id + " must be 256 bits (32 bytes, Base64), not "
                    + bytes.length + " bytes");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    /** The data directory's own key, made on the first start of a shop that configures none. */
    private Map<String, String> localKeys(Path file) {
        try {
            Properties stored = new Properties();
            if (Files.exists(file)) {
                try (var in = Files.newInputStream(file)) {
                    stored.load(in);
                }
            } else {
                byte[] key = new byte[32];
                random.nextBytes(key);
                stored.setProperty("local-1", Base64.getEncoder().encodeToString(key));
                Files.createDirectories(file.getParent());
                try (var out = Files.newOutputStream(file)) {
                    stored.store(out, "Tunemall personal data key of this node; configure tunemall.order.personal-data"
                            + ".keys for several nodes, and keep a copy: without it orders cannot be read");
                }
                log.warn("No personal data key is configured: generated one into {}. Keep a copy; several nodes "
                        + "need the same keys in tunemall.order.personal-data.keys.", file);
            }
            Map<String, String> keys = new LinkedHashMap<>();
            stored.stringPropertyNames().stream().sorted().forEach(id -> keys.put(id, stored.getProperty(id)));
            return keys;
        } catch (IOException failure) {
            throw new UncheckedIOException("The personal data key in " + file + " could not be read or written", failure);
        }
    }
}
