package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimKind;
import io.tunemall.order.api.ClaimReason;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.platform.error.ShopException;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What "cancel" means when the shopper (a member on the my-page, a guest on the look-up page) asks, before the order
 * ships: an order not yet being prepared is cancelled at once and refunded; one staff already prepare gets a cancel
 * request that staff approve or reject (the shop may have packed it); a shipped one is refused, since it is returned
 * after delivery instead.
 */
@Component
class ShopperCancellation {

    private static final String DEFAULT_REASON = "고객 취소";

    private final OrderAdministration administration;
    private final Claims claims;
    private final OrderViews views;

    ShopperCancellation(OrderAdministration administration, Claims claims, OrderViews views) {
        this.administration = administration;
        this.claims = claims;
        this.views = views;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    OrderDetail cancel(Order order, String reason) {
        String why = reason == null || reason.isBlank() ? DEFAULT_REASON : reason.strip();
        return switch (order.state()) {
            case PAYMENT_PENDING, PAID -> administration.cancel(order.orderNumber(), Actor.shopper(), why);
            case PREPARING -> {
                claims.request(new ClaimRequest(order.orderNumber(), ClaimKind.CANCEL, List.of(),
                        ClaimReason.CHANGE_OF_MIND, why), Actor.shopper());
                yield views.detail(order);
            }
            default -> throw ShopException.conflict("cancel-not-allowed", "Order " + order.orderNumber() + " is "
                    + order.state() + ": it can no longer be cancelled; ask for a return after delivery");
        };
    }
}
