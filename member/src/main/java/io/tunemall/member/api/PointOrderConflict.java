package io.tunemall.member.api;

import io.tunemall.platform.error.ShopException;

/**
 * An order already has a different earn or spend, or a cancellation names an order without one. Answered as 409
 * {@code point-order-conflict} (or 404 {@code point-order-unknown}).
 */
public class PointOrderConflict extends ShopException {

    public PointOrderConflict(String detail) {
        super(409, "point-order-conflict", detail);
    }

    private PointOrderConflict(int status, String code, String detail) {
        super(status, code, detail);
    }

    public static PointOrderConflict unknown(String what, String orderNumber) {
        return new PointOrderConflict(404, "point-order-unknown", "Order " + orderNumber + " has no " + what);
    }
}
