package io.tunemall.catalog.transfer;

import java.math.BigDecimal;

/** Numbers as spreadsheets write them: {@code 12000}, {@code 12,000}, {@code 12000원}, {@code 12000.0}. */
final class Numbers {

    /** The number, or null when the text is none. */
    static BigDecimal parse(String text) {
        String cleaned = text.replace(",", "").replace("원", "").replace("₩", "").trim();
        if (cleaned.isEmpty() || !cleaned.matches("[+-]?\\d+(\\.\\d+)?")) {
            return null;
        }
        return new BigDecimal(cleaned);
    }

    private Numbers() {
    }
}
