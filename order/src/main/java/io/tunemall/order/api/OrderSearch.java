package io.tunemall.order.api;

import java.time.LocalDate;

/**
 * The admin list's filters; null means "any".
 *
 * @param from first day placed (shop's time zone), inclusive
 * @param to last day placed, inclusive
 * @param orderNumber a whole order number or its beginning (such as the day, {@code 20261123})
 * @param page from 0
 */
public record OrderSearch(OrderState state, LocalDate from, LocalDate to, String orderNumber, int page, int size) {

    public OrderSearch {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, 100);
    }
}
