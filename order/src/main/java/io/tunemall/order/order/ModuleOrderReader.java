package io.tunemall.order.order;

import io.tunemall.order.api.LineState;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.sdk.order.OrderReader;
import io.tunemall.sdk.order.PlacedOrder;
import io.tunemall.sdk.order.PlacedOrderLine;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The orders tuning modules may read ({@code context.facade(OrderReader.class)}): numbers, member, products and paid
 * amounts, never the orderer's or the address's personal data.
 */
@Component
class ModuleOrderReader implements OrderReader {

    private final OrderAdministration orders;

    ModuleOrderReader(OrderAdministration orders) {
        this.orders = orders;
    }

    @Override
    public Optional<PlacedOrder> order(String orderNumber) {
        return orders.detail(orderNumber).map(ModuleOrderReader::placed);
    }

    private static PlacedOrder placed(OrderDetail detail) {
        return new PlacedOrder(detail.orderNumber(), detail.memberId(), detail.lines().stream()
                .map(line -> new PlacedOrderLine(line.lineNumber(), line.productId(), line.variantId(), line.quantity(),
                        line.paidAmount(), line.state() == LineState.CANCELLED))
                .toList());
    }
}
