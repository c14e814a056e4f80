package io.tunemall.order.order;

import io.tunemall.order.api.Actor;
import io.tunemall.order.api.MyOrders;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderPage;
import io.tunemall.order.api.OrderSlice;
import io.tunemall.platform.error.ShopException;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's orders: the same operations staff use, only on the member's own orders and as the shopper. */
@Service
class MemberOrders implements MyOrders {

    private final Orders orders;
    private final OrderViews views;
    private final OrderAdministration administration;
    private final ShopperCancellation cancellation;

    MemberOrders(Orders orders, OrderViews views, OrderAdministration administration,
            ShopperCancellation cancellation) {
        this.orders = orders;
        this.views = views;
        this.administration = administration;
        this.cancellation = cancellation;
    }

    @Override
    @Transactional(readOnly = true)
    public OrderPage orders(long memberId, int page, int size) {
        int safeSize = size <= 0 ? 10 : Math.min(size, 50);
        var found = orders.findByMemberIdOrderByPlacedAtDescIdDesc(memberId, PageRequest.of(Math.max(0, page), safeSize));
        return new OrderPage(found.getContent().stream().map(views::row).toList(), found.getNumber(), safeSize,
                found.getTotalElements());
    }

    /**
     * Keyset paging on (placedAt, id), the order the page-based list uses: the position is the last order shown, and
     * the next slice starts after it whatever was placed meanwhile.
     */
    @Override
    @Transactional(readOnly = true)
    public OrderSlice newestAfter(long memberId, long afterPosition, int limit) {
        int safeLimit = Math.max(1, Math.min(limit, 50));
        PageRequest oneMore = PageRequest.of(0, safeLimit + 1);
        List<Order> found;
        if (afterPosition == 0) {
            found = orders.newestOfMember(memberId, oneMore);
        } else {
            Order last = orders.findById(afterPosition)
                    .filter(order -> order.memberId() != null && order.memberId() == memberId)
                    .orElseThrow(() -> ShopException.invalid("cursor", "The cursor is not one this API handed out"));
            found = orders.newestOfMemberAfter(memberId, last.placedAt(), last.id(), oneMore);
        }
        List<Order> shown = found.subList(0, Math.min(safeLimit, found.size()));
        Long next = found.size() > safeLimit ? shown.get(shown.size() - 1).id() : null;
        return new OrderSlice(shown.stream().map(views::row).toList(), next);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OrderDetail> order(long memberId, String orderNumber) {
        return own(memberId, orderNumber).map(views::detail);
    }

    @Override
    @Transactional
    public OrderDetail cancel(long memberId, String orderNumber, String reason) {
        Order order = own(memberId, orderNumber).orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
        return cancellation.cancel(order, reason);
    }

    @Override
    @Transactional
    public OrderDetail confirmPurchase(long memberId, String orderNumber) {
        own(memberId, orderNumber).orElseThrow(() -> ShopException.notFound("Order " + orderNumber));
        return administration.confirmPurchase(orderNumber, Actor.shopper());
    }

    private Optional<Order> own(long memberId, String orderNumber) {
        return orders.findByOrderNumber(orderNumber == null ? "" : orderNumber.strip())
                .filter(order -> order.memberId() != null && order.memberId() == memberId);
    }
}
