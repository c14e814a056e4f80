package io.tunemall.order.order;

import io.tunemall.order.api.IllegalTransition;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderState;
import java.util.Set;

/**
 * The order state machine: which action may be taken in which state, and where it leads. Anything not listed is
 * refused. Claims (returns, exchanges) will add their actions on DELIVERED orders, per line.
 */
public final class OrderLifecycle {

    private static final Moves<OrderState, OrderAction> MOVES = new Moves<>(OrderState.class, OrderAction.class)
            .move(OrderState.PAYMENT_PENDING, OrderAction.PAY, OrderState.PAID)
            .move(OrderState.PAYMENT_PENDING, OrderAction.CANCEL, OrderState.CANCELLED)
            .move(OrderState.PAID, OrderAction.PREPARE, OrderState.PREPARING)
            .move(OrderState.PAID, OrderAction.CANCEL, OrderState.CANCELLED)
            .move(OrderState.PAID, OrderAction.CANCEL_LINES, OrderState.PAID)
            .move(OrderState.PREPARING, OrderAction.SHIP, OrderState.SHIPPED)
            .move(OrderState.PREPARING, OrderAction.CANCEL, OrderState.CANCELLED)
            .move(OrderState.PREPARING, OrderAction.CANCEL_LINES, OrderState.PREPARING)
            .move(OrderState.SHIPPED, OrderAction.DELIVER, OrderState.DELIVERED)
            .move(OrderState.DELIVERED, OrderAction.CONFIRM_PURCHASE, OrderState.PURCHASE_CONFIRMED);

    private OrderLifecycle() {
    }

    /** The actions the state allows. */
    public static Set<OrderAction> allowed(OrderState state) {
        return MOVES.allowed(state);
    }

    /**
     * Where the action leads from the state.
     *
     * @throws IllegalTransition when the state does not allow it
     */
    public static OrderState target(String orderNumber, OrderState state, OrderAction action) {
        return MOVES.target(state, action).orElseThrow(() -> new IllegalTransition(orderNumber, state, action));
    }
}
