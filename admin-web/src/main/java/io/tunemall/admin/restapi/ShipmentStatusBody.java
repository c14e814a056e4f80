package io.tunemall.admin.restapi;

import io.swagger.v3.oas.annotations.media.Schema;
import io.tunemall.order.api.ShipmentStatus;
import jakarta.validation.constraints.NotNull;

/** {@code POST .../shipments/{n}/status}: where the parcel is now, IN_TRANSIT or DELIVERED. */
@Schema(name = "AdminShipmentStatusChange")
record ShipmentStatusBody(@NotNull ShipmentStatus status) {
}
