package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.ClaimRequest;
import io.tunemall.order.api.ClaimView;
import io.tunemall.order.api.Claims;
import io.tunemall.order.api.GuestOrders;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.platform.error.ShopException;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A guest's looked-up order: the member's my-page operations, only on guest orders and as the shopper. */
@Service
class GuestOrderService implements GuestOrders {

    private final Orders orders;
    private final OrderViews views;
    private final OrderAdministration administration;
    private final Claims claims;
    private final ShopperCancellation cancellation;

    GuestOrderService(Orders orders, OrderViews views, OrderAdministration administration, Claims claims,
            ShopperCancellation cancellation) {
        this.orders = orders;
        this.views = views;
        this.administration = administration;
        this.claims = claims;
        this.cancellation = cancellation;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDetail> order(String orderNumber) {
        return guest(orderNumber).map(views::detail);
    }

    @Override
    @Transactional
    public OrderDetail cancel(String orderNumber, String reason) {
        return cancellation.cancel(required(orderNumber), reason);
    }

    @Override
    @Transactional
    public OrderDetail confirmPurchase(String orderNumber) {
        return administration.confirmPurchase(required(orderNumber).orderNumber(), Actor.shopper());
    }

    @Override
    @Transactional
    public ClaimView requestClaim(ClaimRequest request) {
        required(request.orderNumber());
        return claims.request(request, Actor.shopper());
    }

    private Order required(String orderNumber) {
        return guest(orderNumber).orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
    }

    private Optional<Order> guest(String orderNumber) {
        return orders.findByOrderNumber(orderNumber == null ? "" : orderNumber.strip())
                .filter(order -> order.memberId() == null);
    }
}
