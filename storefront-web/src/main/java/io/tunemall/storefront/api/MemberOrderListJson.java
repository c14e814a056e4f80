package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.OrderRow;
import io.tunemall.order.api.OrderSlice;
import io.tunemall.order.api.OrderState;
import java.time.Instant;
import java.util.List;

/**
 * A page of the member's orders, newest first.
 *
 * @param nextCursor pass it as {@code cursor} for the next page; null on the last page
 */
@Schema(name = "MemberOrderList")
record MemberOrderListJson(List<SummaryJson> items, @Schema(types = {"string", "null"}) String nextCursor) {

    /**
     * An order in the list; {@code GET /me/orders/{number}} has the rest.
     *
     * @param orderName the first product and how many more, such as {@code 울 코트 외 2건}
     * @param chargedAmount what the order charged, in won
     * @param paymentMethod how it was paid ({@code CARD}, {@code VIRTUAL_ACCOUNT}, ...); null before payment began
     * @param requestOpen a request of the member's (cancel while preparing, return, exchange) waits for the shop
     */
    @Schema(name = "MemberOrderSummary")
    record SummaryJson(String orderNumber, OrderState state, Instant placedAt, String orderName, int lineCount,
            long chargedAmount, @Schema(types = {"string", "null"}) String paymentMethod, boolean requestOpen) {

        static SummaryJson of(OrderRow row) {
            return new SummaryJson(row.orderNumber(), row.state(), row.placedAt(), row.orderName(), row.lineCount(),
                    row.chargedAmount().won(), row.paymentMethod(), row.requestOpen());
        }
    }

    static MemberOrderListJson of(OrderSlice slice) {
        return new MemberOrderListJson(slice.rows().stream().map(SummaryJson::of).toList(),
                slice.nextPosition() == null ? null : MemberCursor.encode(slice.nextPosition()));
    }
}
