package io.tunemall.sdk.shipping;

import io.tunemall.sdk.Money;
import java.util.Objects;

/**
 * A shipping fee in its two parts, as the checkout shows them.
 *
 * @param baseFee the fee for delivering on the mainland (zero when shipping is free)
 * @param remoteAreaSurcharge the extra for Jeju and the islands (도서산간), zero elsewhere
 * @param remoteArea the name of the remote area the postal code lies in, such as {@code 제주}, or null
 * @since 1.0.0
 */
public record ShippingFee(Money baseFee, Money remoteAreaSurcharge, String remoteArea) {

    /** Nothing to pay. */
    public static final ShippingFee FREE = new ShippingFee(Money.ZERO, Money.ZERO, null);

    public ShippingFee {
        Objects.requireNonNull(baseFee, "baseFee");
        Objects.requireNonNull(remoteAreaSurcharge, "remoteAreaSurcharge");
    }

    public Money total() {
        return baseFee.plus(remoteAreaSurcharge);
    }

    /** The same fee with the base fee waived; the remote-area surcharge stays. */
    public ShippingFee withoutBaseFee() {
        return new ShippingFee(Money.ZERO, remoteAreaSurcharge, remoteArea);
    }
}
