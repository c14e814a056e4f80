package io.tunemall.order.api;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An order with everything staff (and the shopper who placed it) may see.
 *
 * @param memberId null for a guest order
 * @param expiresAt when it is cancelled if still unpaid, null once paid or cancelled
 * @param breakdown the amounts charged when it was placed
 * @param refundedAmount money given back so far by cancellations
 * @param pointsReturned points given back so far
 * @param allowedActions what staff may do now
 * @param paymentMethod a {@code PaymentMethod} name (or an integration's word), null before a payment is begun
 * @param depositConfirmable whether staff may confirm its deposit by hand: a bank-transfer or virtual-account order
 *     still waiting for payment
 */
public record OrderDetail(String orderNumber, String orderName, OrderState state, Long memberId, Instant placedAt,
        Instant expiresAt, Instant paidAt, String paymentId, String paymentMethod, boolean depositConfirmable,
        Orderer orderer, ShippingAddress address,
        String deliveryMessage, List<OrderLineView> lines, PriceBreakdown breakdown, Money refundedAmount,
        Money pointsReturned, List<OrderHistoryEntry> history, Set<OrderAction> allowedActions) {

    public OrderDetail {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
        allowedActions = Set.copyOf(allowedActions);
    }

    public boolean guest() {
        return memberId == null;
    }

    public boolean allows(OrderAction action) {
        return allowedActions.contains(action);
    }
}
