package io.tunemall.order.checkout;

import io.tunemall.order.api.CheckoutProblem;
import io.tunemall.order.api.CheckoutRequest;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.ShippingAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What a checkout form must hold before an order is placed, field by field: names, Korean phone numbers, a 5-digit
 * postal code, the road address and its detail, and for guests an order password.
 */
final class CheckoutRequestCheck {

    /** Korean phone numbers: mobile 010-xxxx-xxxx and landlines (02-xxx-xxxx, 031-xxxx-xxxx, 1588-xxxx excluded). */
    private static final Pattern PHONE = Pattern.compile("0\\d{8,10}");
    private static final Pattern POSTAL_CODE = Pattern.compile("\\d{5}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 4;
    static final int MAX_PASSWORD = 50;

    private CheckoutRequestCheck() {
    }

    static List<CheckoutProblem> problems(CheckoutRequest request, boolean guest) {
        List<CheckoutProblem> problems = new ArrayList<>();
        Orderer orderer = request.orderer() == null ? new Orderer(null, null, null) : request.orderer();
        ShippingAddress address = request.address() == null
                ? new ShippingAddress(null, null, null, null, null) : request.address();
        text(problems, "orderer.name", orderer.name(), 50);
        phone(problems, "orderer.phone", orderer.phone());
        if (orderer.email() != null && !orderer.email().isBlank()) {
            if (orderer.email().length() > 200) {
                problems.add(CheckoutProblem.of("orderer.email", "too-long", 200));
            } else if (!EMAIL.matcher(orderer.email().strip()).matches()) {
                problems.add(CheckoutProblem.of("orderer.email", "email"));
            }
        }
        text(problems, "address.recipientName", address.recipientName(), 50);
        phone(problems, "address.recipientPhone", address.recipientPhone());
        if (blank(address.postalCode())) {
            problems.add(CheckoutProblem.of("address.postalCode", "required"));
        } else if (!POSTAL_CODE.matcher(address.postalCode().strip()).matches()) {
            problems.add(CheckoutProblem.of("address.postalCode", "postal-code"));
        }
        text(problems, "address.roadAddress", address.roadAddress(), 200);
        text(problems, "address.detailAddress", address.detailAddress(), 100);
        if (request.deliveryMessage() != null && request.deliveryMessage().length() > 100) {
            problems.add(CheckoutProblem.of("deliveryMessage", "too-long", 100));
        }
        if (guest) {
            String password = request.guestPassword();
            if (blank(password)) {
                problems.add(CheckoutProblem.of("guestPassword", "required"));
            } else if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD) {
                problems.add(CheckoutProblem.of("guestPassword", "password-length", MIN_PASSWORD, MAX_PASSWORD));
            }
        }
        return problems;
    }

    /** A phone as stored: its digits, so 010-1234-5678 and 01012345678 are the same number. */
    static String digits(String phone) {
        return phone == null ? null : phone.replaceAll("[\\s-]", "");
    }

    private static void text(List<CheckoutProblem> problems, String field, String value, int max) {
        if (blank(value)) {
            problems.add(CheckoutProblem.of(field, "required"));
        } else if (value.strip().length() > max) {
            problems.add(CheckoutProblem.of(field, "too-long", max));
        }
    }

    private static void phone(List<CheckoutProblem> problems, String field, String value) {
        if (blank(value)) {
            problems.add(CheckoutProblem.of(field, "required"));
        } else if (!PHONE.matcher(digits(value)).matches()) {
            problems.add(CheckoutProblem.of(field, "phone"));
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
