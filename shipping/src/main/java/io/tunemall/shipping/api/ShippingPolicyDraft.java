package io.tunemall.shipping.api;

import io.tunemall.sdk.Money;
import java.util.List;

/**
 * A policy as the owner submits it, checked before it is saved.
 *
 * @param freeOver null when shipping is never free
 */
public record ShippingPolicyDraft(Money baseFee, Money freeOver, List<RemoteArea> remoteAreas) {

    public ShippingPolicyDraft {
        remoteAreas = List.copyOf(remoteAreas);
    }
}
