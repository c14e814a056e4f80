package io.tunemall.order.api;

import io.tunemall.platform.error.ShopException;

/** A change the order's state does not allow, such as shipping an unpaid order; nothing was changed. */
public class IllegalTransition extends ShopException {

    private final OrderState state;
    private final OrderAction action;

    public IllegalTransition(String orderNumber, OrderState state, OrderAction action) {
        super(409, "illegal-transition", "Order " + orderNumber + " is " + state + " and cannot be " + verb(action));
        this.state = state;
        this.action = action;
    }

    public OrderState state() {
        return state;
    }

    public OrderAction action() {
        return action;
    }

    private static String verb(OrderAction action) {
        return switch (action) {
            case PAY -> "paid";
            case PREPARE -> "prepared";
            case SHIP -> "shipped";
            case DELIVER -> "marked delivered";
            case CONFIRM_PURCHASE -> "confirmed as purchased";
            case CANCEL -> "cancelled";
            case CANCEL_LINES -> "cancelled in part";
        };
    }
}
