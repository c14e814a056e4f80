package io.tunemall.order.api;

/** Where one parcel of an order is: SHIPPED → IN_TRANSIT → DELIVERED (a parcel may also go straight to DELIVERED). */
public enum ShipmentStatus {
    /** Handed to the carrier with a tracking number. */
    SHIPPED,
    IN_TRANSIT,
    DELIVERED;

    /** Whether a parcel in this status may move to {@code next}: only forwards. */
    public boolean mayBecome(ShipmentStatus next) {
        return next.ordinal() > ordinal();
    }
}
