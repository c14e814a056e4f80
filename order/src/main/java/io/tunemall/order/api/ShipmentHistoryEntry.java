package io.tunemall.order.api;

import io.tunemall.sdk.event.Initiator;
import java.time.Instant;

/** A status a parcel reached, who set it and when. */
public record ShipmentHistoryEntry(ShipmentStatus status, Initiator initiator, String actorName, Instant at) {
}
