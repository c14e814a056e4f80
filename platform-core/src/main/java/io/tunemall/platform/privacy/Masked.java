package io.tunemall.platform.privacy;

/**
 * How personal data is shown where the full value is not needed (admin lists, details before an unmask): enough to
 * recognise a member on the phone, not enough to contact them. 홍길동 → 홍*동, abcdef@example.com → ab***@example.com,
 * 010-1234-5678 → 010-****-5678.
 */
public final class Masked {

    private static final String HIDDEN = "***";

    private Masked() {
    }

    /** First and last character kept, the middle starred: 홍길동 → 홍*동, 남궁민수 → 남**수, 이산 → 이*. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        int[] characters = name.strip().codePoints().toArray();
        if (characters.length == 1) {
            return "*";
        }
        StringBuilder masked = new StringBuilder().appendCodePoint(characters[0]);
        if (characters.length == 2) {
            return masked.append('*').toString();
        }
        for (int i = 1; i < characters.length - 1; i++) {
            masked.append(Character.isWhitespace(characters[i]) ? ' ' : '*');
        }
        return masked.appendCodePoint(characters[characters.length - 1]).toString();
    }

    /** Two characters of the local part and the domain: the number of stars does not tell the length. */
    public static String email(String email) {
        if (email == null || email.isBlank()) {
            return email;
        }
        int at = email.indexOf('@');
        if (at < 0) {
            return HIDDEN;
        }
        String local = email.substring(0, at);
        return local.substring(0, Math.min(2, local.length())) + HIDDEN + email.substring(at);
    }

    /** The area or carrier code and the last four digits: 010-1234-5678 → 010-****-5678, 02-123-4567 → 02-****-4567. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return phone;
        }
        String digits = BlindIndex.normalizePhone(phone);
        if (digits.length() < 8) {
            return "****";
        }
        String prefix = digits.startsWith("02") ? "02" : digits.substring(0, 3);
        return prefix + "-****-" + digits.substring(digits.length() - 4);
    }

    /** The first two words of a road address (시·도 and 시·군·구); the street and number are hidden. */
    public static String address(String roadAddress) {
        if (roadAddress == null || roadAddress.isBlank()) {
            return roadAddress;
        }
        String[] words = roadAddress.strip().split("\\s+");
        return words.length <= 2 ? words[0] + " " + HIDDEN : words[0] + " " + words[1] + " " + HIDDEN;
    }
}
