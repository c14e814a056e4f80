package io.tunemall.admin.benefit;

import io.tunemall.sdk.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.BindingResult;

/**
 * Reads what staff typed into benefit forms. Each reader puts a field message on the form and answers null when the
 * text is not what the field needs, so one submission reports every bad field at once.
 */
final class FormValues {

    private FormValues() {
    }

    /** Whole won, with or without thousands separators; blank is null without a message. */
    static Money won(String text, String field, BindingResult result) {
        String digits = text == null ? "" : text.strip().replace(",", "").replace("원", "").strip();
        if (digits.isEmpty()) {
            return null;
        }
        if (!digits.matches("\\d{1,13}")) {
            result.rejectValue(field, BenefitProblemsOnForm.MESSAGE_PREFIX + "whole-won");
            return null;
        }
        return Money.won(Long.parseLong(digits));
    }

    /** A percentage such as 2.5, as basis points; at most two decimals, 0 to 100. Blank is 0. */
    static int basisPoints(String text, String field, BindingResult result) {
        String value = text == null ? "" : text.strip().replace("%", "").strip();
        if (value.isEmpty()) {
            return 0;
        }
        try {
            BigDecimal percent = new BigDecimal(value);
            if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0 || percent.scale() > 2) {
                throw new NumberFormatException(value);
            }
            return percent.movePointRight(2).intValueExact();
        } catch (NumberFormatException | ArithmeticException notAPercentage) {
            result.rejectValue(field, BenefitProblemsOnForm.MESSAGE_PREFIX + "percent");
            return 0;
        }
    }

    static Integer whole(String text, String field, BindingResult result) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            result.rejectValue(field, BenefitProblemsOnForm.MESSAGE_PREFIX + "required");
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException notANumber) {
            result.rejectValue(field, BenefitProblemsOnForm.MESSAGE_PREFIX + "whole-number");
            return null;
        }
    }

    /** A day as yyyy-MM-dd (what a date input sends); blank is null without a message. */
    static LocalDate day(String text, String field, BindingResult result) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADate) {
            result.rejectValue(field, BenefitProblemsOnForm.MESSAGE_PREFIX + "date");
            return null;
        }
    }

    /** Basis points as the percentage a form shows: 250 is "2.5". */
    static String percent(int basisPoints) {
        return BigDecimal.valueOf(basisPoints).movePointLeft(2).stripTrailingZeros().toPlainString();
    }
}
