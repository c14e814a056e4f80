package io.tunemall.storefront.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.MyOrders;
import io.tunemall.platform.error.ShopException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in member's orders: the list newest first with a cursor, one order, cancelling before it ships and
 * confirming the purchase. Through the order module's {@link MyOrders}, which finds an order only among the member's:
 * another member's order number is a 404, the same as one that does not exist.
 */
@RestController
@Tag(name = "Storefront member account")
class StorefrontMyOrdersApi {

    private static final String ORDER = SignedInMember.ME + "/orders/{orderNumber}";

    private final SignedInMember member;
    private final MyOrders orders;

    StorefrontMyOrdersApi(SignedInMember member, MyOrders orders) {
        this.member = member;
        this.orders = orders;
    }

    /** @param reason why the member cancels, shown to the shop; optional */
    @Schema(name = "MemberOrderCancellation")
    record Cancellation(@Schema(types = {"string", "null"}) String reason) {
    }

    @GetMapping(SignedInMember.ME + "/orders")
    @Operation(operationId = "listMyOrders", summary = "List the member's orders, newest first",
            description = "A page at a time: pass nextCursor as cursor for the next (older) page. The cursor stands"
                    + " for the last order shown, so orders placed while paging never shift a page.")
    @ApiResponse(responseCode = "200", description = "A page of orders")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "400", description = "limit is not a number from 1 to 50")
    @ApiResponse(responseCode = "422", description = "The cursor is not one this API handed out to this member")
    MemberOrderListJson list(@Parameter(description = "nextCursor of the previous page; none for the newest")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "Orders per page, 1 to 50") @RequestParam(defaultValue = "20") int limit,
            HttpServletResponse response) {
        long memberId = member.id(response);
        if (limit < 1 || limit > 50) {
            throw new ShopException(400, "invalid-parameter", "limit must be between 1 and 50");
        }
        return MemberOrderListJson.of(orders.newestAfter(memberId, MemberCursor.decode(cursor), limit));
    }

    @GetMapping(ORDER)
    @Operation(operationId = "getMyOrder", summary = "Read one of the member's orders",
            description = "The order with its lines, amounts and what was refunded.")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @ApiResponse(responseCode = "404", description = "The member has no order with this number")
    OrderJson order(@Parameter(description = "The order number, such as 20261123-000123") @PathVariable String orderNumber,
            HttpServletResponse response) {
        return OrderJson.of(orders.order(member.id(response), orderNumber)
                .orElseThrow(() -> ShopException.notFound("Order " + orderNumber)));
    }

    @PostMapping(ORDER + "/cancellation")
    @Operation(operationId = "cancelMyOrder", summary = "Cancel an order before it ships",
            description = "An order waiting for payment or paid is cancelled at once: stock, points and coupon come"
                    + " back and a paid amount is refunded (`refundedAmount` grows when the refund is done). An order"
                    + " the shop is already preparing is not cancelled yet: a cancel request goes to the shop, and the"
                    + " answer shows it still PREPARING. A shipped order cannot be cancelled (ask for a return after"
                    + " delivery on the storefront).")
    @ApiResponse(responseCode = "200", description = "The order after the cancellation or the request")
    @ApiResponse(responseCode = "400", description = "The body is not valid JSON")
    @ApiResponse(responseCode = "404", description = "The member has no order with this number")
    @ApiResponse(responseCode = "409", description = "The order can no longer be cancelled (`cancel-not-allowed`),"
            + " or a cancel request is already open")
    OrderJson cancel(@Parameter(description = "The order number") @PathVariable String orderNumber,
            @RequestBody(required = false) Cancellation body, HttpServletResponse response) {
        String reason = body == null || body.reason() == null ? "" : body.reason().strip();
        return OrderJson.of(orders.cancel(member.id(response), orderNumber, reason));
    }

    @PostMapping(ORDER + "/purchase-confirmation")
    @Operation(operationId = "confirmMyPurchase", summary = "Confirm the purchase of a delivered order",
            description = "구매 확정: the member says the delivered order is fine; it becomes PURCHASE_CONFIRMED and can"
                    + " no longer be returned. The shop confirms on its own after its period otherwise.")
    @ApiResponse(responseCode = "200", description = "The order, PURCHASE_CONFIRMED")
    @ApiResponse(responseCode = "404", description = "The member has no order with this number")
    @ApiResponse(responseCode = "409", description = "The order is not delivered (`illegal-transition`)")
    OrderJson confirmPurchase(@Parameter(description = "The order number") @PathVariable String orderNumber,
            HttpServletResponse response) {
        return OrderJson.of(orders.confirmPurchase(member.id(response), orderNumber));
    }
}
