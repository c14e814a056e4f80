package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.OrderState;

/**
 * An order just placed, and how to pay for it.
 *
 * @param orderNumber the number people read, such as {@code 20261123-000123}
 * @param state {@code PAYMENT_PENDING} until the payment is confirmed
 * @param amounts what the order charges, step by step, as the order keeps it
 * @param payment where the shopper pays; null when the shop has no payment step (the order then waits for payment)
 */
@Schema(name = "PlacedOrder")
record PlacedOrderJson(String orderNumber, OrderState state, long chargedAmount, String currency,
        PriceBreakdownJson amounts, PaymentJson payment) {

    /**
     * @param redirectUrl the gateway's (or the test gateway's) approval page; after approval the shopper comes back to
     *     the shop's payment return page, which confirms the payment on the server with the amount the order charges
     */
    @Schema(name = "PaymentStep")
    record PaymentJson(String redirectUrl) {
    }
}
