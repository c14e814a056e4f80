package io.tunemall.order.api;

import io.tunemall.platform.error.ShopException;
import io.tunemall.sdk.Money;

/** A payment of another amount than the order's: tampering or a bug, never accepted. */
public class PaymentAmountMismatch extends ShopException {

    public PaymentAmountMismatch(String orderNumber, Money charged, Money paid) {
        super(409, "amount-mismatch", "Order " + orderNumber + " charges " + charged.won() + " won; a payment of "
                + paid.won() + " won does not pay it");
    }
}
