package io.tunemall.order.api;

/** What can be done to an order; {@link OrderDetail#allowedActions()} says which are possible now. */
public enum OrderAction {
    /** Payment confirmed; done by the payment module through {@link OrderPayments}, never by staff directly. */
    PAY,
    PREPARE,
    SHIP,
    DELIVER,
    CONFIRM_PURCHASE,
    CANCEL,
    CANCEL_LINES
}
