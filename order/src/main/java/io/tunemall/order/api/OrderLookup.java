package io.tunemall.order.api;

import java.util.Optional;

/** Guests find their order again without an account. */
public interface OrderLookup {

    /**
     * The guest order with this number, when the phone (orderer's, digits compared) and the order password match;
     * empty otherwise, without saying which part was wrong.
     */
    Optional<OrderDetail> guestOrder(String orderNumber, String phone, String password);
}
