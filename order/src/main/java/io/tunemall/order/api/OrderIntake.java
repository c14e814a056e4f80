package io.tunemall.order.api;

/**
 * Orders that come from outside the storefront: a marketplace connector or a POS creates an order for a customer
 * through the admin API. The order is priced and placed like a checkout (the shop's pricing pipeline and validators,
 * stock taken atomically, OrderPlaced published) but from the given lines instead of a cart.
 */
public interface OrderIntake {

    /**
     * Places the order in {@link OrderState#PAYMENT_PENDING}; with an {@link ExternalPayment} it is marked paid in the
     * same transaction (OrderPaid is published), for money the integration already collected.
     *
     * @throws CheckoutRejected with every problem found (unknown or unsellable SKU, sold out, invalid orderer or
     *     address, a validator's refusal); nothing was taken or stored
     */
    PlacedOrder submit(SubmittedOrder order);
}
