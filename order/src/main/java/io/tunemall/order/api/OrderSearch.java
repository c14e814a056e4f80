package io.tunemall.order.api;

import java.time.LocalDate;

/**
 * The admin list's filters; null means "any".
 *
 * @param from first day placed (shop's time zone), inclusive
 * @param to last day placed, inclusive
 * @param orderNumber a whole order number or its beginning (such as the day, {@code 20261123})
 * @param paymentMethod how the order is paid: a {@code PaymentMethod} name
 * @param orderer the orderer's whole name or phone number (any punctuation), matched exactly through blind indexes:
 *     orders placed before they existed are not found this way
 * @param page from 0
 */
public record OrderSearch(OrderState state, LocalDate from, LocalDate to, String orderNumber, String paymentMethod,
        String orderer, int page, int size) {

    public OrderSearch {
        paymentMethod = paymentMethod == null || paymentMethod.isBlank() ? null : paymentMethod.strip();
        orderer = orderer == null || orderer.isBlank() ? null : orderer.strip();
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 100);
    }

    /** Filters on state, days and order number only. */
    public OrderSearch(OrderState state, LocalDate from, LocalDate to, String orderNumber, int page, int size) {
        this(state, from, to, orderNumber, null, null, page, size);
    }

    /** Whether the orderer filter is a phone number (digits with spaces, dashes or a +82 prefix) rather than a name. */
    public boolean ordererIsPhone() {
        return orderer != null && orderer.matches("[+0-9 ()-]+") && orderer.replaceAll("\\D", "").length() >= 7;
    }
}
