package io.tunemall.order.order;

import io.tunemall.order.api.OrderAction;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderHistoryEntry;
import io.tunemall.order.api.OrderLineView;
import io.tunemall.order.api.OrderRow;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.PriceBreakdown;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.platform.privacy.Masked;
import io.tunemall.platform.privacy.PiiCipher;
import io.tunemall.sdk.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Orders as the api shows them: personal data decrypted for the detail, masked in lists. */
@Component
public class OrderViews {

    private final PiiCipher cipher;

    OrderViews(PiiCipher cipher) {
        this.cipher = cipher;
    }

    public OrderDetail detail(Order order) {
        SealedParties sealed = order.parties().sealed();
        Orderer orderer = new Orderer(cipher.decrypt(sealed.ordererName()), cipher.decrypt(sealed.ordererPhone()),
                cipher.decrypt(sealed.ordererEmail()));
        ShippingAddress address = new ShippingAddress(cipher.decrypt(sealed.recipientName()),
                cipher.decrypt(sealed.recipientPhone()), cipher.decrypt(sealed.postalCode()), cipher.decrypt(sealed.roadAddress()),
                cipher.decrypt(sealed.detailAddress()));
        List<OrderLineView> lines = order.lines().stream().map(line -> new OrderLineView(line.lineNumber(),
                line.productId(), line.variantId(), line.sku(), line.productName(), line.optionText(), line.quantity(),
                line.listUnitPrice(), line.unitPrice(), line.discount(), line.amount(), line.paidShare(),
                line.state(), line.taxFree())).toList();
        List<OrderHistoryEntry> history = order.history().stream().map(row -> new OrderHistoryEntry(row.at(),
                row.action(), row.from(), row.to(), row.initiator(), row.actorName(), row.reason(),
                row.lineNumbers())).toList();
        Set<OrderAction> allowed = order.allowedActions();
        allowed.remove(OrderAction.PAY);
        return new OrderDetail(order.orderNumber(), order.orderName(), order.state(), order.memberId(),
                order.placedAt(), order.expiresAt(), order.paidAt(), order.paymentId(), order.paymentMethod(),
                order.state() == OrderState.PAYMENT_PENDING && order.cashPayment(), orderer, address,
                cipher.decrypt(sealed.deliveryMessage()), lines, breakdown(order), order.refunded(),
                order.pointsReturned(), history, allowed);
    }

    public OrderRow row(Order order) {
        return new OrderRow(order.orderNumber(), order.state(), order.placedAt(),
                Masked.name(cipher.decrypt(order.parties().sealed().ordererName())), order.orderName(), order.lines().size(),
                order.amounts().charged(), order.memberId() == null, order.paymentMethod(), order.hasOpenClaim());
    }

    /** The breakdown as it was charged, rebuilt from the order's columns, lines and labelled adjustments. */
    static PriceBreakdown breakdown(Order order) {
        ChargedAmounts amounts = order.amounts();
        List<PriceBreakdown.Line> lines = new ArrayList<>();
        Money sale = Money.ZERO;
        for (OrderLine line : order.lines()) {
            List<PriceBreakdown.Adjustment> discounts = order.adjustments().stream()
                    .filter(a -> a.lineNumber() != null && a.lineNumber() == line.lineNumber())
                    .map(a -> new PriceBreakdown.Adjustment(a.label(), a.amount(), false)).toList();
            lines.add(new PriceBreakdown.Line(line.lineNumber() - 1, line.variantId(), line.sku(), line.productName(),
                    line.optionText(), line.quantity(), line.listUnitPrice(), line.unitPrice(), line.optionPrice(),
                    line.onSale(), discounts, line.amount()));
            sale = sale.plus(line.listUnitPrice().minusAtMostToZero(line.unitPrice()).times(line.quantity()));
        }
        List<PriceBreakdown.Adjustment> orderAdjustments = order.adjustments().stream()
                .filter(a -> a.lineNumber() == null)
                .map(a -> new PriceBreakdown.Adjustment(a.label(), a.amount(), a.charge())).toList();
        return new PriceBreakdown(lines, amounts.listAmount(), sale, amounts.itemsAmount(), amounts.gradeDiscount(),
                amounts.gradeName(), amounts.couponDiscount(), amounts.couponName(), orderAdjustments,
                amounts.goodsAmount(), amounts.shippingFee(), amounts.remoteSurcharge(), amounts.remoteArea(),
                amounts.pointsUsed(), amounts.charged(), List.of(), amounts.taxFree());
    }
}
