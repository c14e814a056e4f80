package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.Actor;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.OrderDetail;
import io.tunemall.order.api.OrderIntake;
import io.tunemall.order.api.OrderSearch;
import io.tunemall.order.api.OrderSlice;
import io.tunemall.order.api.OrderState;
import io.tunemall.order.api.Orderer;
import io.tunemall.order.api.PlacedOrder;
import io.tunemall.order.api.ShippingAddress;
import io.tunemall.order.api.SubmittedOrder;
import io.tunemall.payment.api.PaymentMethod;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.web.idempotency.IdempotencyKeys;
import io.tunemall.platform.web.idempotency.IdempotentRequest;
import io.tunemall.sdk.Money;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The orders of the admin API, for staff (console session, {@code orders:read}/{@code orders:write}) and apps (bearer
 * token, scopes {@code orders:read}/{@code orders:write}): list and read, create for a customer, cancel, and move
 * to preparing and delivered (shipping is the shipments module's, with a tracking number). Creating and cancelling take an {@code Idempotency-Key} (docs/api.md).
 */
@RestController
@Tag(name = "Admin orders", description = "Orders for apps (scopes orders:read, orders:write) and staff")
class OrdersApiController {

    private static final String ORDERS = "/api/v1/admin/orders";
    private static final String ORDERS_WRITE_SCOPE = "SCOPE_orders:write";

    private final OrderAdministration orders;
    private final OrderIntake intake;
    private final IdempotencyKeys idempotency;

    OrdersApiController(OrderAdministration orders, OrderIntake intake, IdempotencyKeys idempotency) {
        this.orders = orders;
        this.intake = intake;
        this.idempotency = idempotency;
    }

    @GetMapping(ORDERS)
    @Operation(operationId = "listAdminOrders", summary = "List orders",
            description = "Orders, oldest first, a page at a time: pass nextCursor as cursor. status, from and to"
                    + " (days in the shop's time zone, inclusive), paymentMethod and orderer narrow the list;"
                    + " orderer names are masked.")
    @ApiResponse(responseCode = "200", description = "A page of orders")
    @ApiResponse(responseCode = "400", description = "status, from, to, paymentMethod or limit is not valid")
    @ApiResponse(responseCode = "422", description = "The cursor is not one this API handed out")
    OrderList orders(@RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "" + ProductsApiController.DEFAULT_LIMIT) int limit,
            @RequestParam(required = false) OrderState status,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "How the order is paid") @RequestParam(required = false)
            PaymentMethod paymentMethod,
            @Parameter(description = "The orderer's whole name or phone number (any punctuation), matched exactly;"
                    + " orders are stored encrypted, so a part of a name finds nothing")
            @RequestParam(required = false) String orderer) {
        int size = Math.max(1, Math.min(limit, 200));
        long after = cursor == null || cursor.isBlank() ? 0 : ListCursor.decode(cursor);
        OrderSearch filters = new OrderSearch(status, from, to, null,
                paymentMethod == null ? null : paymentMethod.name(), orderer, 0, size);
        OrderSlice slice = orders.after(filters, after, size);
        return new OrderList(slice.rows().stream().map(OrderListItem::of).toList(),
                slice.nextPosition() == null ? null : ListCursor.encode(slice.nextPosition()));
    }

    @GetMapping(ORDERS + "/{number}")
    @Operation(operationId = "getAdminOrder", summary = "Get an order",
            description = "The order with lines, amounts, history and allowedActions; personal data FULL or MASKED"
                    + " by scope (docs/api.md).")
    @ApiResponse(responseCode = "200", description = "The order")
    @ApiResponse(responseCode = "404", description = "No such order")
    OrderResource order(@PathVariable String number, Authentication caller) {
        return OrderResource.of(found(number), fullPersonalData(caller));
    }

    @PostMapping(ORDERS)
    @Operation(operationId = "createAdminOrder", summary = "Create an order for a customer",
            description = "Priced and checked by the shop's checkout rules; stock is taken at once. With an EXTERNAL"
                    + " payment the order is paid. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "The order, Location its address",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderResource.class)))
    @ApiResponse(responseCode = "400", description = "The body or the Idempotency-Key is not valid (field errors listed)")
    @ApiResponse(responseCode = "409", description = "A request with this Idempotency-Key is still running")
    @ApiResponse(responseCode = "422", description = "The shop refuses the order (stock, SKU, amount), or the"
            + " Idempotency-Key was used for another request")
    ResponseEntity<?> create(@RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
            @RequestBody @Valid NewOrderBody body, Authentication caller) {
        return idempotency.once(new IdempotentRequest(callerId(caller), key, "POST " + ORDERS, body), () -> {
            PlacedOrder placed = intake.submit(submitted(body, actor(caller)));
            URI location = UriComponentsBuilder.fromPath(ORDERS + "/{number}").encode()
                    .buildAndExpand(placed.orderNumber()).toUri();
            return ResponseEntity.created(location).body(OrderResource.of(found(placed.orderNumber()), true));
        });
    }

    @PostMapping(ORDERS + "/{number}/cancellations")
    @Operation(operationId = "cancelAdminOrder", summary = "Cancel an order or some of its lines",
            description = "The whole order when lines is absent or empty, else those line numbers; paid amounts are"
                    + " refunded. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "The order after the cancellation",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = OrderResource.class)))
    @ApiResponse(responseCode = "400", description = "The body or the Idempotency-Key is not valid (field errors listed)")
    @ApiResponse(responseCode = "404", description = "No such order")
    @ApiResponse(responseCode = "409", description = "The order cannot be cancelled in its state, it changed meanwhile,"
            + " or a request with this Idempotency-Key is still running")
    @ApiResponse(responseCode = "422", description = "A line number is not one of the order's, or the"
            + " Idempotency-Key was used for another request")
    ResponseEntity<?> cancel(@PathVariable String number,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
            @RequestBody @Valid CancellationBody body, Authentication caller) {
        String operation = "POST " + ORDERS + "/" + number + "/cancellations";
        return idempotency.once(new IdempotentRequest(callerId(caller), key, operation, body), () -> {
            String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().strip();
            OrderDetail cancelled = changed(() -> body.lines() == null || body.lines().isEmpty()
                    ? orders.cancel(number, actor(caller), reason)
                    : orders.cancelLines(number, body.lines(), actor(caller), reason));
            return ResponseEntity.status(201).body(OrderResource.of(cancelled, fullPersonalData(caller)));
        });
    }

    @PostMapping(ORDERS + "/{number}/prepare")
    @Operation(operationId = "prepareAdminOrder", summary = "Start preparing an order",
            description = "Moves a PAID order to PREPARING.")
    @ApiResponse(responseCode = "200", description = "The order, now PREPARING")
    @ApiResponse(responseCode = "404", description = "No such order")
    @ApiResponse(responseCode = "409", description = "The order is not PAID, or it changed while the request ran")
    OrderResource prepare(@PathVariable String number, Authentication caller) {
        found(number);
        return OrderResource.of(changed(() -> orders.prepare(number, actor(caller))), fullPersonalData(caller));
    }

    @PostMapping(ORDERS + "/{number}/deliver")
    @Operation(operationId = "deliverAdminOrder", summary = "Mark an order delivered",
            description = "Moves a SHIPPED order to DELIVERED.")
    @ApiResponse(responseCode = "200", description = "The order, now DELIVERED")
    @ApiResponse(responseCode = "404", description = "No such order")
    @ApiResponse(responseCode = "409", description = "The order is not SHIPPED, or it changed while the request ran")
    OrderResource deliver(@PathVariable String number, Authentication caller) {
        found(number);
        return OrderResource.of(changed(() -> orders.deliver(number, actor(caller))), fullPersonalData(caller));
    }

    private OrderDetail found(String number) {
        return orders.detail(number).orElseThrow(() -> ShopException.notFound("order " + number));
    }

    private static OrderDetail changed(Supplier<OrderDetail> change) {
        try {
            return change.get();
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw ShopException.conflict("changed-meanwhile", "The order changed while this request ran; read it again");
        }
    }

    private static SubmittedOrder submitted(NewOrderBody body, Actor actor) {
        NewOrderBody.AddressBody to = body.shippingAddress();
        return new SubmittedOrder(body.memberId(),
                body.lines().stream().map(line -> new SubmittedOrder.Line(line.sku(), line.quantity())).toList(),
                new Orderer(body.orderer().name(), body.orderer().phone(), body.orderer().email()),
                new ShippingAddress(to.recipientName(), to.recipientPhone(), to.postalCode(), to.roadAddress(),
                        to.detailAddress()),
                body.deliveryMessage(),
                body.payment() == null ? null
                        : new SubmittedOrder.ExternalPayment(body.payment().method(), body.payment().reference()),
                body.expectedAmount() == null ? null : Money.won(body.expectedAmount()), actor, null);
    }

    /** Apps with orders:write fulfil orders and need the address; staff see what the console shows. */
    private static boolean fullPersonalData(Authentication caller) {
        return !(caller.getPrincipal() instanceof OAuth2AuthenticatedPrincipal)
                || caller.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(ORDERS_WRITE_SCOPE));
    }

    private static String callerId(Authentication caller) {
        return AdminApiCallers.keyOwner(caller);
    }

    private static Actor actor(Authentication caller) {
        return AdminApiCallers.actor(caller);
    }
}
