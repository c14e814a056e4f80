package io.tunemall.shipping.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The owner's shipping-fee policy.
 *
 * @param baseFee what delivery costs on the mainland
 * @param freeOver goods worth at least this much ship without the base fee; null when shipping is never free
 * @param remoteAreas ranges of postal codes with a surcharge, in the owner's order; the first range a postal code lies
 *     in applies
 * @param updatedAt when the owner last changed it, or null for the shop's defaults
 * @param updatedBy who changed it, or null
 */
public record ShippingPolicy(Money baseFee, Money freeOver, List<RemoteArea> remoteAreas, Instant updatedAt,
        String updatedBy) implements Serializable {

    public ShippingPolicy {
        remoteAreas = List.copyOf(remoteAreas);
    }

    /** The remote area a postal code lies in, if any. */
    public Optional<RemoteArea> remoteAreaOf(String postalCode) {
        return postalCode == null ? Optional.empty()
                : remoteAreas.stream().filter(area -> area.contains(postalCode)).findFirst();
    }
}
