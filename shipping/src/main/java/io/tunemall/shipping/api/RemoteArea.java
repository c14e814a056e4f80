package io.tunemall.shipping.api;

import io.tunemall.sdk.Money;
import java.io.Serializable;

/**
 * A range of 5-digit postal codes (both ends included) that costs more to deliver to, such as 제주 63000–63644.
 *
 * @param name what the shopper reads next to the surcharge, such as {@code 제주} or {@code 도서산간}
 * @param fromPostalCode the first postal code of the range
 * @param toPostalCode the last postal code of the range
 * @param surcharge what delivery there costs on top of the base fee
 */
public record RemoteArea(String name, String fromPostalCode, String toPostalCode, Money surcharge)
        implements Serializable {

    /** Whether the postal code lies in this range; codes are fixed-width digits, so text order is number order. */
    public boolean contains(String postalCode) {
        return postalCode.compareTo(fromPostalCode) >= 0 && postalCode.compareTo(toPostalCode) <= 0;
    }
}
