package io.tunemall.sdk.event;

import java.time.Instant;
import java.util.Map;

/**
 * A parcel of an order was handed to a carrier, is on its way, or was delivered. An order may leave in several
 * parcels; each has its own number and sends this event at every status it reaches. The order's own moves
 * ({@link OrderShipped} when the first parcel leaves, {@link OrderDelivered} when the last one arrives) are published
 * as well. Delivered after commit, through the outbox, at least once: listeners must be idempotent (keyed by order
 * number, shipment number and status).
 *
 * @param orderNumber the order's number
 * @param memberId the member who placed it, or null for a guest
 * @param shipmentNumber 1-based, per order
 * @param status {@code SHIPPED}, {@code IN_TRANSIT} or {@code DELIVERED}
 * @param carrierCode the carrier's code ({@code CJ}, {@code LOTTE}, {@code HANJIN}, {@code EPOST}, {@code LOGEN}
 *     or a custom carrier's)
 * @param carrierName the carrier's name as shoppers know it
 * @param trackingNumber the carrier's tracking number
 * @param trackingUrl the carrier's public tracking page for this parcel
 * @param lineQuantities the order lines in the parcel (1-based line number to quantity)
 * @param at when the parcel reached the status
 * @since 1.0.0
 */
public record ShipmentUpdated(String orderNumber, Long memberId, int shipmentNumber, String status,
        String carrierCode, String carrierName, String trackingNumber, String trackingUrl,
        Map<Integer, Integer> lineQuantities, Instant at) {

    public ShipmentUpdated {
        lineQuantities = Map.copyOf(lineQuantities);
    }
}
