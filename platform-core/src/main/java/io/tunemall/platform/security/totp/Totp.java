package io.tunemall.platform.security.totp;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Time-based one-time passwords (RFC 6238) as every authenticator app computes them: HMAC-SHA1 over the number of
 * 30-second steps since the epoch, dynamically truncated (RFC 4226) to 6 digits. Built on the JDK's Mac, no library.
 */
public final class Totp {

    public static final int DIGITS = 6;
    public static final long STEP_SECONDS = 30;
    /** Secret length recommended by RFC 4226 section 4 (160 bits, the HMAC-SHA1 block's output size). */
    public static final int SECRET_BYTES = 20;

    private Totp() {
    }

    public static byte[] newSecret(SecureRandom random) {
        byte[] secret = new byte[SECRET_BYTES];
        random.nextBytes(secret);
        return secret;
    }

    public static long stepAt(Instant moment) {
        return Math.floorDiv(moment.getEpochSecond(), STEP_SECONDS);
    }

    /** The code for a time step, zero-padded to {@link #DIGITS} digits. */
    public static String code(byte[] secret, long step) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(secret, "HmacSHA1"));
            byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
            int offset = hash[hash.length - 1] & 0x0f;
            int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
                    | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
            String digits = Integer.toString(binary % 1_000_000);
            return "0".repeat(DIGITS - digits.length()) + digits;
        } catch (GeneralSecurityException missingFromTheJdk) {
            throw new IllegalStateException("HmacSHA1 is part of every JDK", missingFromTheJdk);
        }
    }

    /**
     * The time step whose code {@code code} is, looking {@code window} steps either side of now to allow for clock
     * drift between the server and the phone (RFC 6238 section 5.2 recommends at most one step).
     */
    public static OptionalLong match(byte[] secret, String code, Instant now, int window) {
        if (code == null) {
            return OptionalLong.empty();
        }
        String typed = code.replaceAll("\\s", "");
        if (typed.length() != DIGITS || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        for (long step = current - window; step <= current + window; step++) {
            if (MessageDigest.isEqual(code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The key URI authenticator apps read from a QR code (Google Authenticator's "Key Uri Format"). */
    public static String uri(String issuer, String account, byte[] secret) {
        String label = encode(issuer) + ":" + encode(account);
        return "otpauth://totp/" + label + "?secret=" + Base32.encode(secret) + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + DIGITS + "&period=" + STEP_SECONDS;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
