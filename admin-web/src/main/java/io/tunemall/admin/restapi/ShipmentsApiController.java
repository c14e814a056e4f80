package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.tunemall.order.api.OrderAdministration;
import io.tunemall.order.api.ShipmentLine;
import io.tunemall.order.api.ShipmentRequest;
import io.tunemall.order.api.ShipmentView;
import io.tunemall.order.api.Shipments;
import io.tunemall.platform.error.ShopException;
import io.tunemall.platform.web.idempotency.IdempotencyKeys;
import io.tunemall.platform.web.idempotency.IdempotentRequest;
import jakarta.validation.Valid;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * An order's parcels in the admin API (scopes {@code orders:read}/{@code orders:write}, staff
 * {@code orders:read}/{@code orders:write}), through the order module's {@link Shipments}, as the console's
 * "발송 처리" form: the first parcel moves the order to SHIPPED, the last delivery to DELIVERED, and each change
 * sends {@code shipment.updated}.
 */
@RestController
@Tag(name = "Admin shipments", description = "An order's parcels for apps (scopes orders:read, orders:write) and staff")
class ShipmentsApiController {

    private static final String SHIPMENTS = "/api/v1/admin/orders/{number}/shipments";

    private final Shipments shipments;
    private final OrderAdministration orders;
    private final IdempotencyKeys idempotency;

    ShipmentsApiController(Shipments shipments, OrderAdministration orders, IdempotencyKeys idempotency) {
        this.shipments = shipments;
        this.orders = orders;
        this.idempotency = idempotency;
    }

    @GetMapping(SHIPMENTS)
    @Operation(operationId = "listAdminOrderShipments", summary = "List an order's shipments",
            description = "The order's parcels, first sent first, with carrier, tracking and status history.")
    @ApiResponse(responseCode = "200", description = "The parcels")
    @ApiResponse(responseCode = "404", description = "No such order")
    List<ShipmentResource> ofOrder(@PathVariable String number) {
        requireOrder(number);
        return shipments.of(number).stream().map(ShipmentResource::of).toList();
    }

    @PostMapping(SHIPMENTS)
    @Operation(operationId = "shipAdminOrder", summary = "Ship an order or some of its lines",
            description = "A parcel with the carrier's code and tracking number, holding the lines and quantities"
                    + " given, or everything not shipped yet. Send an Idempotency-Key to make retries safe.")
    @ApiResponse(responseCode = "201", description = "The parcel",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ShipmentResource.class)))
    @ApiResponse(responseCode = "400", description = "The body or the Idempotency-Key is not valid (field errors listed)")
    @ApiResponse(responseCode = "404", description = "No such order")
    @ApiResponse(responseCode = "409", description = "The order changed while the request ran, or a request with this"
            + " Idempotency-Key is still running")
    @ApiResponse(responseCode = "422", description = "Unknown carrier, a cancelled line or more units than ordered, an"
            + " order that is not paid, or the Idempotency-Key was used for another request")
    ResponseEntity<?> ship(@PathVariable String number,
            @RequestHeader(name = IdempotencyKeys.HEADER, required = false) String key,
            @RequestBody @Valid NewShipmentBody body, Authentication caller) {
        String operation = "POST /api/v1/admin/orders/" + number + "/shipments";
        return idempotency.once(new IdempotentRequest(AdminApiCallers.keyOwner(caller), key, operation, body), () -> {
            requireOrder(number);
            List<ShipmentLine> lines = body.lines() == null ? List.of()
                    : body.lines().stream().map(line -> new ShipmentLine(line.lineNumber(), line.quantity())).toList();
            ShipmentView sent = changed(() -> shipments.ship(number,
                    new ShipmentRequest(body.carrier().strip(), body.trackingNumber().strip(), lines),
                    AdminApiCallers.actor(caller)));
            return ResponseEntity.status(201).body(ShipmentResource.of(sent));
        });
    }

    @PostMapping(SHIPMENTS + "/{shipment}/status")
    @Operation(operationId = "updateAdminShipmentStatus", summary = "Move a shipment on",
            description = "IN_TRANSIT or DELIVERED; the same status again changes nothing. When every unit has"
                    + " shipped and every parcel is delivered the order becomes DELIVERED.")
    @ApiResponse(responseCode = "200", description = "The parcel after the change")
    @ApiResponse(responseCode = "400", description = "The status is missing or not one of the statuses")
    @ApiResponse(responseCode = "404", description = "No such order")
    @ApiResponse(responseCode = "409", description = "The order changed while the request ran")
    @ApiResponse(responseCode = "422", description = "No such parcel, or a step backwards")
    ShipmentResource status(@PathVariable String number, @PathVariable int shipment,
            @RequestBody @Valid ShipmentStatusBody body, Authentication caller) {
        requireOrder(number);
        return ShipmentResource.of(changed(() -> shipments.update(number, shipment, body.status(),
                AdminApiCallers.actor(caller))));
    }

    private void requireOrder(String number) {
        orders.detail(number).orElseThrow(() -> ShopException.notFound("order " + number));
    }

    private static ShipmentView changed(Supplier<ShipmentView> change) {
        try {
            return change.get();
        } catch (OptimisticLockingFailureException changedMeanwhile) {
            throw ShopException.conflict("changed-meanwhile", "The order changed while this request ran; read it again");
        }
    }
}
