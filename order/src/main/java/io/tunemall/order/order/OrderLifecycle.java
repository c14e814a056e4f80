package io.tunemall.order.order;

import io.tunemall.order.api.IllegalTransition;
import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderState;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The order state machine: which action may be taken in which state, and where it leads. Anything not listed is
 * refused. Claims (returns, exchanges) will add their actions on DELIVERED orders, per line.
 */
public final class OrderLifecycle {

    private static final Map<OrderState, Map<OrderAction, OrderState>> MOVES = new EnumMap<>(OrderState.class);

    static {
        move(OrderState.PAYMENT_PENDING, OrderAction.PAY, OrderState.PAID);
        move(OrderState.PAYMENT_PENDING, OrderAction.CANCEL, OrderState.CANCELLED);
        move(OrderState.PAID, OrderAction.PREPARE, OrderState.PREPARING);
        move(OrderState.PAID, OrderAction.CANCEL, OrderState.CANCELLED);
        move(OrderState.PAID, OrderAction.CANCEL_LINES, OrderState.PAID);
        move(OrderState.PREPARING, OrderAction.SHIP, OrderState.SHIPPED);
        move(OrderState.PREPARING, OrderAction.CANCEL, OrderState.CANCELLED);
        move(OrderState.PREPARING, OrderAction.CANCEL_LINES, OrderState.PREPARING);
        move(OrderState.SHIPPED, OrderAction.DELIVER, OrderState.DELIVERED);
        move(OrderState.DELIVERED, OrderAction.CONFIRM_PURCHASE, OrderState.PURCHASE_CONFIRMED);
    }

    private OrderLifecycle() {
    }

    private static void move(OrderState from, OrderAction action, OrderState to) {
        MOVES.computeIfAbsent(from, state -> new EnumMap<>(OrderAction.class)).put(action, to);
    }

    /** The actions the state allows. */
    public static Set<OrderAction> allowed(OrderState state) {
        Map<OrderAction, OrderState> moves = MOVES.get(state);
        return moves == null ? EnumSet.noneOf(OrderAction.class) : EnumSet.copyOf(moves.keySet());
    }

    /**
     * Where the action leads from the state.
     *
     * @throws IllegalTransition when the state does not allow it
     */
    public static OrderState target(String orderNumber, OrderState state, OrderAction action) {
        Map<OrderAction, OrderState> moves = MOVES.get(state);
        if (moves == null || !moves.containsKey(action)) {
            throw new IllegalTransition(orderNumber, state, action);
        }
        return moves.get(action);
    }
}
