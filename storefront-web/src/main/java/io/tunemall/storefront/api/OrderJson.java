package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.LineState;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderState;
import java.time.Instant;
import java.util.List;

/**
 * An order as the shopper who placed it sees it. Amounts are whole won; times are UTC.
 *
 * @param expiresAt when it is cancelled if still unpaid; null once paid or cancelled
 * @param amounts what the order charged, step by step, as it was placed
 * @param refundedAmount money given back so far by cancellations
 */
@Schema(name = "Order")
record OrderJson(String orderNumber, String orderName, OrderState state, Instant placedAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant paidAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant expiresAt, CheckoutJson.OrdererJson orderer,
        CheckoutJson.AddressJson address, @Schema(types = {"string", "null"}) String deliveryMessage,
        List<LineJson> lines, PriceBreakdownJson amounts, long refundedAmount) {

    /** @param paidAmount the line's part of what was paid: what cancelling it alone gives back */
    @Schema(name = "OrderLine")
    record LineJson(int lineNumber, long productId, long variantId, String sku, String productName, String optionText,
            int quantity, long unitPrice, long discount, long amount, long paidAmount, LineState state) {
    }

    static OrderJson of(OrderDetail order) {
        return new OrderJson(order.orderNumber(), order.orderName(), order.state(), order.placedAt(), order.paidAt(),
                order.expiresAt(),
                new CheckoutJson.OrdererJson(order.orderer().name(), order.orderer().phone(), order.orderer().email()),
                new CheckoutJson.AddressJson(order.address().recipientName(), order.address().recipientPhone(),
                        order.address().postalCode(), order.address().roadAddress(), order.address().detailAddress()),
                order.deliveryMessage(),
                order.lines().stream().map(line -> new LineJson(line.lineNumber(), line.productId(), line.variantId(),
                        line.sku(), line.productName(), line.optionText(), line.quantity(), line.unitPrice().won(),
                        line.discount().won(), line.amount().won(), line.paidAmount().won(), line.state())).toList(),
                PriceBreakdownJson.of(order.breakdown()), PriceBreakdownJson.won(order.refundedAmount()));
    }
}
