package io.tunemall.order.api;

import java.util.List;

/**
 * A parcel staff send.
 *
 * @param carrier a carrier's code or name ({@code shipping.api.Carriers})
 * @param trackingNumber the carrier's tracking number
 * @param lines what the parcel holds; empty means everything of the order not shipped yet
 */
public record ShipmentRequest(String carrier, String trackingNumber, List<ShipmentLine> lines) {

    public ShipmentRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
