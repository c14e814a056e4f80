package io.tunemall.payment.toss;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Toss Payments' Payment objects as its API documentation shows them, with the values a test needs filled in
 * ({@code {{paymentKey}}}, {@code {{orderId}}}, {@code {{amount}}} ...).
 */
final class TossFixtures {

    private TossFixtures() {
    }

    static String payment(String name, Map<String, Object> values) {
        try (InputStream in = TossFixtures.class.getResourceAsStream("/toss/" + name + ".json")) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (Map.Entry<String, Object> value : values.entrySet()) {
                text = text.replace("{{" + value.getKey() + "}}", String.valueOf(value.getValue()));
            }
            if (text.contains("{{")) {
                throw new IllegalArgumentException("Unfilled value in " + name + ": " + text);
            }
            return text;
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    static String error(String code, String message) {
        return "{\"code\":\"" + code + "\",\"message\":\"" + message + "\"}";
    }
}
