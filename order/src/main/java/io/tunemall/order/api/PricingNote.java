package io.tunemall.order.api;

import java.io.Serializable;
import java.util.List;

/**
 * Why something the shopper asked for did not (fully) apply.
 *
 * @param code {@code coupon-unavailable}, {@code coupon-minimum} (argument: the minimum), {@code coupon-no-eligible-item},
 *     {@code points-over-balance} (argument: the balance), {@code points-over-amount} (argument: the most usable),
 *     {@code points-for-members}, {@code coupon-for-members}
 * @param arguments what the sentence names, as text (amounts in won)
 */
public record PricingNote(String code, List<String> arguments) implements Serializable {

    public PricingNote {
        arguments = List.copyOf(arguments);
    }
}
