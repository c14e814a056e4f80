package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.ShipmentView;
import java.time.Instant;
import java.util.List;

/** One parcel of an order in the admin API: carrier, tracking, the lines it holds and the statuses it went through. */
@Schema(name = "AdminShipment")
record ShipmentResource(String orderNumber, int shipmentNumber, String carrierCode, String carrierName,
        String trackingNumber, @Schema(types = {"string", "null"}) String trackingUrl, String status,
        Instant shippedAt, @Schema(types = {"string", "null"}, format = "date-time") Instant deliveredAt,
        List<Line> lines, List<History> history) {

    static ShipmentResource of(ShipmentView view) {
        return new ShipmentResource(view.orderNumber(), view.shipmentNumber(), view.carrierCode(), view.carrierName(),
                view.trackingNumber(), view.trackingUrl(), view.status().name(), view.shippedAt(), view.deliveredAt(),
                view.lines().stream().map(line -> new Line(line.lineNumber(), line.quantity())).toList(),
                view.history().stream().map(entry -> new History(entry.status().name(), entry.initiator().name(),
                        entry.actorName(), entry.at())).toList());
    }

    @Schema(name = "AdminShipmentLine")
    record Line(int lineNumber, int quantity) {
    }

    @Schema(name = "AdminShipmentHistory")
    record History(String status, String initiator, String actor, Instant at) {
    }
}
