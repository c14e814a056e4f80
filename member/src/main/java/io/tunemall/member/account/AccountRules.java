package io.tunemall.member.account;

import io.tunemall.member.api.InputProblem;
import io.tunemall.platform.privacy.BlindIndex;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What makes account fields acceptable. Each check adds its problem, under the given form field, to a list the caller
 * turns into one {@link io.tunemall.member.api.MemberRejection}, so a form shows every problem at once.
 */
public final class AccountRules {

    // Deliberately loose: the only real proof of an address is a mail that arrives.
    private static final Pattern EMAIL = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@]+");
    private static final Pattern MOBILE = Pattern.compile("01[016789][0-9]{7,8}");
    private static final Pattern PHONE = Pattern.compile("0[0-9]{8,10}");
    private static final Pattern POSTAL_CODE = Pattern.compile("[0-9]{5}");

    private AccountRules() {
    }

    public static void email(String field, String email, List<InputProblem> problems) {
        if (email == null || email.isBlank()) {
            problems.add(new InputProblem(field, "email-required"));
        } else if (email.strip().length() > 254 || !EMAIL.matcher(email.strip()).matches()) {
            problems.add(new InputProblem(field, "email-invalid"));
        }
    }

    /** At least 8 characters of at least two kinds (letters, digits, symbols): NIST-style length over rules. */
    public static void password(String field, String password, List<InputProblem> problems) {
        if (password == null || password.isEmpty()) {
            problems.add(new InputProblem(field, "password-required"));
        } else if (password.length() < 8) {
            problems.add(new InputProblem(field, "password-too-short"));
        } else if (password.length() > 128) {
            problems.add(new InputProblem(field, "password-too-long"));
        } else if (kinds(password) < 2) {
            problems.add(new InputProblem(field, "password-too-simple"));
        }
    }

    public static void name(String field, String name, List<InputProblem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(new InputProblem(field, "name-required"));
        } else if (name.strip().length() > 50) {
            problems.add(new InputProblem(field, "name-too-long"));
        }
    }

    /** A Korean mobile number (010, 011, 016-019), written with or without hyphens. */
    public static void mobile(String field, String phone, List<InputProblem> problems) {
        if (phone == null || phone.isBlank()) {
            problems.add(new InputProblem(field, "phone-required"));
        } else if (!MOBILE.matcher(BlindIndex.normalizePhone(phone)).matches()) {
            problems.add(new InputProblem(field, "phone-invalid"));
        }
    }

    /** Any Korean number, landlines included (a recipient at an office). */
    public static void phone(String field, String phone, List<InputProblem> problems) {
        if (phone == null || phone.isBlank()) {
            problems.add(new InputProblem(field, "phone-required"));
        } else if (!PHONE.matcher(BlindIndex.normalizePhone(phone)).matches()) {
            problems.add(new InputProblem(field, "phone-invalid"));
        }
    }

    public static void postalCode(String field, String postalCode, List<InputProblem> problems) {
        if (postalCode == null || postalCode.isBlank()) {
            problems.add(new InputProblem(field, "postal-code-required"));
        } else if (!POSTAL_CODE.matcher(postalCode.strip()).matches()) {
            problems.add(new InputProblem(field, "postal-code-invalid"));
        }
    }

    public static void required(String field, String value, int maxLength, List<InputProblem> problems) {
        if (value == null || value.isBlank()) {
            problems.add(new InputProblem(field, "required"));
        } else if (value.strip().length() > maxLength) {
            problems.add(new InputProblem(field, "too-long"));
        }
    }

    public static void birthDate(String field, LocalDate birthDate, LocalDate today, List<InputProblem> problems) {
        if (birthDate == null) {
            problems.add(new InputProblem(field, "birth-date-required"));
        } else if (birthDate.isAfter(today) || birthDate.isBefore(today.minusYears(130))) {
            problems.add(new InputProblem(field, "birth-date-invalid"));
        }
    }

    /** Under 14 on the shop's today: the 14th birthday has not come yet (만 14세 미만). */
    public static boolean under14(LocalDate birthDate, LocalDate today) {
        return birthDate.plusYears(14).isAfter(today);
    }

    /** A phone as it is kept: digits with the usual hyphens, whatever way it was typed. */
    public static String formatPhone(String phone) {
        String digits = BlindIndex.normalizePhone(phone);
        if (digits.startsWith("02") && digits.length() >= 9) {
            return "02-" + digits.substring(2, digits.length() - 4) + "-" + digits.substring(digits.length() - 4);
        }
        if (digits.length() >= 10) {
            return digits.substring(0, 3) + "-" + digits.substring(3, digits.length() - 4) + "-"
                    + digits.substring(digits.length() - 4);
        }
        return digits;
    }

    public static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static int kinds(String password) {
        boolean letter = false;
        boolean digit = false;
        boolean symbol = false;
        for (char c : password.toCharArray()) {
            if (Character.isLetter(c)) {
                letter = true;
            } else if (Character.isDigit(c)) {
                digit = true;
            } else {
                symbol = true;
            }
        }
        return (letter ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
    }
}
