package io.tunemall.platform.privacy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;

/**
 * Keyed hashes (HMAC-SHA256) of normalized personal data, stored beside the encrypted value so that an exact
 * look-up ("which member has this email?") needs no decryption and the database never sees the clear value. Without
 * the key the hashes cannot be recomputed from a guessed email, unlike a plain hash. Each kind of value is hashed with
 * its own prefix, so equal text in two kinds of columns never gives equal indexes.
 */
public class BlindIndex {

    private final PiiKeys keys;

    public BlindIndex(PiiKeys keys) {
        this.keys = keys;
    }

    /** The index of an email address: trimmed and lower-cased first, so "Kim@Example.com " finds "kim@example.com". */
    public String email(String email) {
        return email == null || email.isBlank() ? null : hash("email", normalizeEmail(email));
    }

    /** The index of a phone number: digits only, a Korean +82 prefix read as the leading 0. */
    public String phone(String phone) {
        String digits = phone == null ? "" : normalizePhone(phone);
        return digits.isEmpty() ? null : hash("phone", digits);
    }

    /**
     * The index of a person's name for exact look-up: surrounding and inner spaces removed and lower-cased, so
     * "홍 길동" and "홍길동" find each other. Not a partial match: a keyed hash cannot tell what a name begins with.
     */
    public String name(String name) {
        String normalized = name == null ? "" : normalizeName(name);
        return normalized.isEmpty() ? null : hash("name", normalized);
    }

    public static String normalizeName(String name) {
        return name.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }

    public static String normalizeEmail(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }

    public static String normalizePhone(String phone) {
        String digits = phone.replaceAll("[^0-9]", "");
        if (phone.strip().startsWith("+82") && digits.startsWith("82")) {
            digits = "0" + digits.substring(2);
        }
        return digits;
    }

    private String hash(String kind, String normalized) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(keys.blindIndexKey());
            mac.update(kind.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(normalized.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is not available in this JVM", impossible);
        }
    }
}
