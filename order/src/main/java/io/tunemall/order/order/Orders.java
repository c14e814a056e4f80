package io.tunemall.order.order;

import io.tunemall.order.api.OrderState;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface Orders extends JpaRepository<Order, Long> {

    Optional<Order> findByOrderNumber(String orderNumber);

    Optional<Order> findByCheckoutToken(String checkoutToken);

    /** Unpaid orders whose payment time is up, oldest first (idx_shop_order_state_expires). */
    @Query("select o.id from ShopOrder o where o.state = :state and o.expiresAt <= :now order by o.expiresAt")
    List<Long> idsExpiring(OrderState state, Instant now, Pageable page);

    /** Delivered orders not confirmed since the given moment (idx_shop_order_state_delivered). */
    @Query("select o.id from ShopOrder o where o.state = :state and o.deliveredAt <= :before order by o.deliveredAt")
    List<Long> idsDeliveredBefore(OrderState state, Instant before, Pageable page);
}
