package io.tunemall.shipping.fee;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.shipping.ShippingFee;
import io.tunemall.sdk.shipping.ShippingRequest;
import io.tunemall.shipping.api.RemoteArea;
import io.tunemall.shipping.api.ShippingPolicy;
import java.util.Optional;

/**
 * The owner's policy applied to a shipment: the base fee unless the goods reach the free-shipping threshold, and the
 * surcharge of the remote area the postal code lies in. The surcharge is charged even when shipping is free, as Korean
 * shops do: free shipping means the mainland fee, the ferry to Jeju still costs.
 */
final class PolicyFee {

    private PolicyFee() {
    }

    static ShippingFee of(ShippingPolicy policy, ShippingRequest request) {
        if (request.items().isEmpty()) {
            return ShippingFee.FREE;
        }
        boolean free = policy.freeOver() != null && !request.goodsAmount().isLessThan(policy.freeOver());
        Money base = free ? Money.ZERO : policy.baseFee();
        Optional<RemoteArea> area = policy.remoteAreaOf(request.postalCode());
        return new ShippingFee(base, area.map(RemoteArea::surcharge).orElse(Money.ZERO),
                area.map(RemoteArea::name).orElse(null));
    }
}
