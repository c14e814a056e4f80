package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.OrderRow;
import java.time.Instant;

/** An order in an admin API list; the orderer's name is always masked in lists, amounts in whole won. */
@Schema(name = "AdminOrderSummary")
record OrderListItem(String orderNumber, String status, Instant placedAt, String ordererName, String orderName,
        int lineCount, long chargedAmount, boolean guest) {

    static OrderListItem of(OrderRow row) {
        return new OrderListItem(row.orderNumber(), row.state().name(), row.placedAt(), row.ordererName(),
                row.orderName(), row.lineCount(), row.chargedAmount().won(), row.guest());
    }
}
