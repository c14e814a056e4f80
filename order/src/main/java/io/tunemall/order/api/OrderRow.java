package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.time.Instant;

/**
 * An order in the admin list.
 *
 * @param ordererName masked (홍*동): lists show no full names
 * @param orderName the first product and how many more, such as {@code 울 코트 외 2건}
 * @param paymentMethod a {@code PaymentMethod} name (or an integration's word), null before a payment is begun
 * @param requestOpen a shopper's request (cancel while preparing, return, exchange) waits for staff
 */
public record OrderRow(String orderNumber, OrderState state, Instant placedAt, String ordererName, String orderName,
        int lineCount, Money chargedAmount, boolean guest, String paymentMethod, boolean requestOpen) {
}
