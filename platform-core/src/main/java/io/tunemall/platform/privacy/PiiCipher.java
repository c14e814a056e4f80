package io.tunemall.platform.privacy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts personal data for storage as {@code <key id>:<base64(iv | ciphertext | tag)>} with AES-256-GCM. The key id
 * in front lets every node read values written with any configured key while writing with the active one, which is
 * what makes a key rotation possible without downtime. GCM authenticates: a value altered in the database fails to
 * decrypt instead of turning into other text.
 */
public class PiiCipher {

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final PiiKeys keys;
    private final SecureRandom random = new SecureRandom();

    public PiiCipher(PiiKeys keys) {
        this.keys = keys;
    }

    /** The stored form of {@code clear}; null stays null. */
    public String encrypt(String clear) {
        if (clear == null) {
            return null;
        }
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.ENCRYPT_MODE, keys.activeKey(), new GCMParameterSpec(TAG_BITS, iv));
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return keys.activeKeyId() + ":" + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", impossible);
        }
    }

    /** The clear text of a stored value; null stays null. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        int colon = stored.indexOf(':');
        if (colon <= 0) {
            throw new IllegalStateException("A personal data column holds a value without a key id: it was not "
                    + "written through PiiCipher");
        }
        SecretKey key = keys.key(stored.substring(0, colon));
        byte[] raw = Base64.getDecoder().decode(stored.substring(colon + 1));
        try {
            Cipher cipher = Cipher.getInstance(TRANSFORMATION);
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, raw, 0, IV_BYTES));
            return new String(cipher.doFinal(raw, IV_BYTES, raw.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException tampered) {
            // The message names no value: it would end up in a log.
            throw new IllegalStateException("A personal data value failed authentication with key '"
                    + stored.substring(0, colon) + "'", tampered);
        }
    }

    /** Whether {@code stored} was written with the active key, so the re-encryption job can leave it alone. */
    public boolean isCurrent(String stored) {
        return stored == null || stored.startsWith(keys.activeKeyId() + ":");
    }

    public String activeKeyId() {
        return keys.activeKeyId();
    }
}
