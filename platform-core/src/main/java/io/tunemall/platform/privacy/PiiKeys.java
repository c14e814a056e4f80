package io.tunemall.platform.privacy;

import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * The keys personal data is protected with: every encryption key by its id, the id new values are written with, and
 * the blind-index key. Immutable; a rotation is a change of configuration and a restart of each node.
 */
public final class PiiKeys {

    /** Key ids end up in front of every stored value and in a LIKE pattern of the re-encryption job: no wildcards. */
    static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9-]{1,16}");

    private final Map<String, SecretKey> encryptionKeys;
    private final String activeKeyId;
    private final SecretKey blindIndexKey;

    PiiKeys(Map<String, String> base64Keys, String activeKeyId, String base64BlindIndexKey) {
        if (base64Keys.isEmpty()) {
            throw new IllegalArgumentException("no personal data key is configured (tunemall.privacy.keys.<id>)");
        }
        Map<String, SecretKey> keys = new TreeMap<>();
        base64Keys.forEach((id, value) -> keys.put(checkedId(id), new SecretKeySpec(decode("tunemall.privacy.keys." + id,
                value, 32, 32), "AES")));
        if (activeKeyId == null || !keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("tunemall.privacy.active-key is '" + activeKeyId
                    + "' but the configured keys are " + keys.keySet());
        }
        this.encryptionKeys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
        this.blindIndexKey = new SecretKeySpec(decode("tunemall.privacy.blind-index-key", base64BlindIndexKey, 32, 64),
                "HmacSHA256");
    }

    String activeKeyId() {
        return activeKeyId;
    }

    SecretKey activeKey() {
        return encryptionKeys.get(activeKeyId);
    }

    SecretKey key(String id) {
        SecretKey key = encryptionKeys.get(id);
        if (key == null) {
            throw new IllegalStateException("A value is encrypted with key '" + id + "', which is not configured "
                    + "(tunemall.privacy.keys." + id + "): keep old keys until the re-encryption job has rewritten "
                    + "every value");
        }
        return key;
    }

    SecretKey blindIndexKey() {
        return blindIndexKey;
    }

    /** The ids only, for logs: key material never leaves this class. */
    @Override
    public String toString() {
        return "PiiKeys" + encryptionKeys.keySet() + " active=" + activeKeyId;
    }

    private static String checkedId(String id) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalArgumentException("personal data key id '" + id + "' must be 1 to 16 letters, digits or '-'");
        }
        return id;
    }

    private static byte[] decode(String property, String base64, int minBytes, int maxBytes) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalArgumentException(property + " is not set");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException(property + " is not base64", notBase64);
        }
        if (bytes.length < minBytes || bytes.length > maxBytes) {
            throw new IllegalArgumentException(property + " must be " + (minBytes == maxBytes ? minBytes
                    : minBytes + " to " + maxBytes) + " bytes, not " + bytes.length);
        }
        return bytes;
    }
}
