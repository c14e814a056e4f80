package io.tunemall.order.api;

import io.tunemall.platform.error.ShopException;

/** A parcel cannot be sent or moved as asked; the message says why in staff's terms. Nothing was changed. */
public class ShipmentRejected extends ShopException {

    public ShipmentRejected(String detail) {
        super(422, "shipment-rejected", detail);
    }
}
