package io.tunemall.order.cart;

import java.time.Instant;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CartRepository extends JpaRepository<Cart, String> {

    Optional<Cart> findByMemberId(long memberId);

    @Query("select count(l) from CartLine l where l.cart.id = :cartId and l.cart.memberId is null")
    int countLines(String cartId);

    @Query("select count(l) from CartLine l where l.cart.memberId = :memberId")
    int countMemberLines(long memberId);

    @Modifying
    @Query(value = "DELETE FROM cart WHERE member_id IS NULL AND updated_at < :before", nativeQuery = true)
    int deleteGuestCartsUntouchedSince(Instant before);
}
