package io.tunemall.payment;

import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.payment.api.PaymentOrder;
import io.tunemall.sdk.Money;
import java.util.concurrent.ThreadLocalRandom;

/** Orders to pay in tests: what checkout would pass to the payment module. */
final class Checkouts {

    private Checkouts() {
    }

    static String newOrderNumber() {
        return "20261123-" + ThreadLocalRandom.current().nextLong(100_000_000L, 999_999_999L);
    }

    static PaymentOrder order(String orderNumber, long amount, PaymentMethod method) {
        return PaymentOrder.of(orderNumber, "오버핏 셔츠 외 1건", Money.won(amount), "김토스", "shopper@example.com",
                "01012345678", "/checkout/success", "/checkout/fail", method);
    }
}
