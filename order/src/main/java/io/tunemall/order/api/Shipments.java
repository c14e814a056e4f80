package io.tunemall.order.api;

import java.util.List;

/**
 * The parcels an order leaves in. Sending the first parcel moves the order to SHIPPED (through PREPARING when it was
 * only PAID); when every ordered unit has shipped and every parcel is delivered the order becomes DELIVERED. Each
 * change locks the order, is one transaction, and publishes {@code sdk.event.ShipmentUpdated}.
 */
public interface Shipments {

    /** The order's parcels, first sent first; empty for an unknown order. */
    List<ShipmentView> of(String orderNumber);

    /**
     * Sends a parcel.
     *
     * @throws ShipmentRejected for an unknown carrier, an empty tracking number, a line that is cancelled or would
     *     ship more units than ordered, or an order that is not paid, preparing or shipped
     */
    ShipmentView ship(String orderNumber, ShipmentRequest request, Actor actor);

    /**
     * Moves a parcel on (IN_TRANSIT or DELIVERED); the same status again changes nothing.
     *
     * @throws ShipmentRejected for an unknown parcel or a step backwards
     */
    ShipmentView update(String orderNumber, int shipmentNumber, ShipmentStatus status, Actor actor);
}
