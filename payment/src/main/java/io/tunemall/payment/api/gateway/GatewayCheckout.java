package io.tunemall.payment.api.gateway;

import io.tunemall.payment.api.PaymentOrder;

/**
 * What a gateway needs to prepare the approval step.
 *
 * @param order the order's values
 * @param escrow use the gateway's escrow for this cash payment
 */
public record GatewayCheckout(PaymentOrder order, boolean escrow) {
}
