package io.tunemall.order.order;

import io.tunemall.order.api.OrderState;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface Orders extends JpaRepository<Order, Long> {

    Optional<Order> findByOrderNumber(String orderNumber);

    /**
     * The order, its row locked until the transaction ends: every change of an order takes this lock first, so two
     * changes (a payment and the expiry job, two staff members) run one after the other, and the second sees what the
     * first did. Without it, both would hold the shared lock their history row's foreign key takes on the order and
     * deadlock when updating it.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ShopOrder o where o.orderNumber = :orderNumber")
    Optional<Order> lockByOrderNumber(String orderNumber);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select o from ShopOrder o where o.id = :id")
    Optional<Order> lockById(long id);

    Optional<Order> findByCheckoutToken(String checkoutToken);

    /** A member's orders, newest first (my-page). */
    org.springframework.data.domain.Page<Order> findByMemberIdOrderByPlacedAtDescIdDesc(Long memberId, Pageable page);

    /** A member's orders, newest first, from the start (idx_shop_order_member, which ends with the id). */
    @Query("select o from ShopOrder o where o.memberId = :memberId order by o.placedAt desc, o.id desc")
    List<Order> newestOfMember(Long memberId, Pageable page);

    /** A member's orders, newest first, after the order placed at {@code placedAt} with {@code id} (keyset). */
    @Query("select o from ShopOrder o where o.memberId = :memberId and (o.placedAt < :placedAt"
            + " or (o.placedAt = :placedAt and o.id < :id)) order by o.placedAt desc, o.id desc")
    List<Order> newestOfMemberAfter(Long memberId, Instant placedAt, long id, Pageable page);

    /** Unpaid orders whose payment time is up, oldest first (idx_shop_order_state_expires). */
    @Query("select o.id from ShopOrder o where o.state = :state and o.expiresAt <= :now order by o.expiresAt")
    List<Long> idsExpiring(OrderState state, Instant now, Pageable page);

    /** Delivered orders not confirmed since the given moment (idx_shop_order_state_delivered). */
    @Query("select o.id from ShopOrder o where o.state = :state and o.deliveredAt <= :before order by o.deliveredAt")
    List<Long> idsDeliveredBefore(OrderState state, Instant before, Pageable page);
}
