package io.tunemall.member.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Recovery codes look like {@code k7m2p-x9qrt}: 10 characters from 32 unambiguous ones, 50 random bits. With that
 * much entropy a plain SHA-256 is enough to store them (a slow password hash guards low-entropy secrets).
 */
final class RecoveryCodeFormat {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private RecoveryCodeFormat() {
    }

    static String generate(SecureRandom random) {
        StringBuilder code = new StringBuilder(11);
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** Spaces, hyphens and case do not matter, as people type codes from paper. */
    static String hash(String typed) {
        String normal = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normal.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException missingFromTheJdk) {
            throw new IllegalStateException("SHA-256 is part of every JDK", missingFromTheJdk);
        }
    }

    static boolean looksLikeOne(String typed) {
        return typed != null && typed.replaceAll("[\\s-]", "").length() == 10;
    }
}
