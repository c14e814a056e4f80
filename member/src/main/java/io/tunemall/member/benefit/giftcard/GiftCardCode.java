package io.tunemall.member.benefit.giftcard;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A gift card code: 15 random characters of Crockford's base32 (75 bits, far beyond guessing) and a check
 * character (Luhn mod 32: it catches every single mistyped character and every swap of two neighbours except of 0
 * and Z), printed in four groups of four: {@code 7KQ2-M9XD-3HRT-W0PA}. The alphabet has no I, L, O or U, so what a
 * person reads as one of those is taken as the digit it resembles.
 *
 * @param value the 16 characters without separators
 */
record GiftCardCode(String value) {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 16;
    private static final int BASE = ALPHABET.length();

    static GiftCardCode random(SecureRandom random) {
        StringBuilder payload = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH - 1; i++) {
            payload.append(ALPHABET.charAt(random.nextInt(BASE)));
        }
        return new GiftCardCode(payload.append(checkCharacter(payload)).toString());
    }

    /** The code as typed, or empty when it cannot be a code (wrong length, foreign character, failed check). */
    static Optional<GiftCardCode> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        StringBuilder normal = new StringBuilder(LENGTH);
        for (char c : typed.toCharArray()) {
            if (c == '-' || Character.isWhitespace(c)) {
                continue;
            }
            char upper = Character.toUpperCase(c);
            char read = switch (upper) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> upper;
            };
            if (ALPHABET.indexOf(read) < 0 || normal.length() == LENGTH) {
                return Optional.empty();
            }
            normal.append(read);
        }
        if (normal.length() != LENGTH || checkCharacter(normal.subSequence(0, LENGTH - 1)) != normal.charAt(LENGTH - 1)) {
            return Optional.empty();
        }
        return Optional.of(new GiftCardCode(normal.toString()));
    }

    /** Luhn mod N over the alphabet: from the right, every second value is doubled and its base-32 digits summed. */
    static char checkCharacter(CharSequence payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / BASE + addend % BASE;
        }
        return ALPHABET.charAt((BASE - sum % BASE) % BASE);
    }

    String printed() {
        return value.substring(0, 4) + "-" + value.substring(4, 8) + "-" + value.substring(8, 12) + "-"
                + value.substring(12);
    }

    String lastFour() {
        return value.substring(LENGTH - 4);
    }

    /**
     * What the shop stores to find the card again. A plain SHA-256 suffices (no secret key to lose or rotate):
     * with 75 random bits, trying codes against a stolen table is as hopeless as guessing them.
     */
    String hash() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every JDK has SHA-256", impossible);
        }
    }

    @Override
    public String toString() {
        return "GiftCardCode[…" + lastFour() + "]";
    }
}
