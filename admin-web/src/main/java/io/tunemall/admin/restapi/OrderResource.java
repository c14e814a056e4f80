package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderHistoryEntry;
import io.tunemall.order.api.OrderLineView;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.platform.privacy.Masked;
import java.time.Instant;
import java.util.List;

/**
 * One order in the admin API: lines, amounts (whole won), history and what may be done next. Personal data is
 * {@code FULL} for staff and for apps granted {@code orders:write} (they ship the order, so they need the address),
 * {@code MASKED} for apps with {@code orders:read} alone (docs/api.md).
 */
@Schema(name = "AdminOrder")
record OrderResource(String orderNumber, String orderName, String status,
        @Schema(types = {"integer", "null"}, format = "int64") Long memberId, Instant placedAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant paidAt,
        @Schema(types = {"string", "null"}, format = "date-time") Instant expiresAt,
        @Schema(types = {"string", "null"}) String paymentId, String personalData, Person orderer,
        Address shippingAddress, @Schema(types = {"string", "null"}) String deliveryMessage, List<Line> lines, Amounts amounts, List<History> history,
        List<String> allowedActions) {

    @Schema(name = "AdminOrderPerson")
    record Person(String name, String phone, @Schema(types = {"string", "null"}) String email) {
    }

    @Schema(name = "AdminOrderAddress")
    record Address(String recipientName, String recipientPhone, String postalCode, String roadAddress,
            @Schema(types = {"string", "null"}) String detailAddress) {
    }

    @Schema(name = "AdminOrderLine")
    record Line(int lineNumber, String sku, long productId, long variantId, String productName, String optionText,
            int quantity, long listUnitPrice, long unitPrice, long discount, long amount, long paidAmount,
            String status) {
    }

    @Schema(name = "AdminOrderAmounts")
    record Amounts(long items, long gradeDiscount, long couponDiscount, long goods, long shippingFee,
            long remoteAreaSurcharge, long pointsUsed, long charged, long refunded) {
    }

    @Schema(name = "AdminOrderHistoryEntry")
    record History(Instant at, String action, String from, String to, String initiator, String actor, String reason,
            List<Integer> lineNumbers) {
    }

    static OrderResource of(OrderDetail order, boolean fullPersonalData) {
        Orderer orderer = order.orderer();
        ShippingAddress address = order.address();
        Person person = fullPersonalData ? new Person(orderer.name(), orderer.phone(), orderer.email())
                : new Person(Masked.name(orderer.name()), Masked.phone(orderer.phone()), Masked.email(orderer.email()));
        Address shipTo = fullPersonalData ? new Address(address.recipientName(), address.recipientPhone(),
                address.postalCode(), address.roadAddress(), address.detailAddress())
                : new Address(Masked.name(address.recipientName()), Masked.phone(address.recipientPhone()),
                        address.postalCode(), Masked.address(address.roadAddress()), null);
        PriceBreakdown b = order.breakdown();
        Amounts amounts = new Amounts(b.itemsAmount().won(), b.gradeDiscount().won(), b.couponDiscount().won(),
                b.goodsAmount().won(), b.shippingFee().won(), b.remoteAreaSurcharge().won(), b.pointsUsed().won(),
                b.finalAmount().won(), order.refundedAmount().won());
        return new OrderResource(order.orderNumber(), order.orderName(), order.state().name(), order.memberId(),
                order.placedAt(), order.paidAt(), order.expiresAt(), order.paymentId(),
                fullPersonalData ? "FULL" : "MASKED", person, shipTo,
                fullPersonalData ? order.deliveryMessage() : null,
                order.lines().stream().map(OrderResource::line).toList(), amounts,
                order.history().stream().map(OrderResource::history).toList(),
                order.allowedActions().stream().map(Enum::name).sorted().toList());
    }

    private static Line line(OrderLineView line) {
        return new Line(line.lineNumber(), line.sku(), line.productId(), line.variantId(), line.productName(),
                line.optionText(), line.quantity(), line.listUnitPrice().won(), line.unitPrice().won(),
                line.discount().won(), line.amount().won(), line.paidAmount().won(), line.state().name());
    }

    private static History history(OrderHistoryEntry entry) {
        return new History(entry.at(), entry.action(), entry.from() == null ? null : entry.from().name(),
                entry.to() == null ? null : entry.to().name(), entry.initiator().name(), entry.actorName(),
                entry.reason(), entry.lineNumbers());
    }
}
