package io.tunemall.shipping.api;

import io.tunemall.sdk.shipping.ShippingFee;
import io.tunemall.sdk.shipping.ShippingRequest;

/**
 * What a shipment costs: the owner's policy, then the tuning modules' fee rules
 * ({@link io.tunemall.sdk.shipping.ShippingFeeRule}), in the order that interface documents.
 */
public interface ShippingFees {

    /**
     * @throws io.tunemall.platform.tuning.TuningHookFailed when a module's fee rule fails
     */
    ShippingFee quote(ShippingRequest request);
}
