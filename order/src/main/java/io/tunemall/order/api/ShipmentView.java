package io.tunemall.order.api;

import java.time.Instant;
import java.util.List;

/**
 * One parcel of an order.
 *
 * @param shipmentNumber 1-based, per order
 * @param carrierName the carrier's name when it shipped
 * @param trackingUrl the carrier's public tracking page for this parcel
 * @param deliveredAt null until delivered
 */
public record ShipmentView(String orderNumber, int shipmentNumber, String carrierCode, String carrierName,
        String trackingNumber, String trackingUrl, ShipmentStatus status, Instant shippedAt, Instant deliveredAt,
        List<ShipmentLine> lines, List<ShipmentHistoryEntry> history) {

    public ShipmentView {
        lines = List.copyOf(lines);
        history = List.copyOf(history);
    }
}
