package io.tunemall.shipping.api;

/** The owner's shipping-fee policy, read by checkout and edited in the admin console. */
public interface ShippingSettings {

    /** The policy in force (cached; a change reaches every node within about a second). */
    ShippingPolicy policy();

    /**
     * Replaces the policy.
     *
     * @param staffName who changes it, kept with the policy
     * @throws ShippingPolicyRejected when a field is wrong
     */
    ShippingPolicy update(ShippingPolicyDraft draft, String staffName);
}
