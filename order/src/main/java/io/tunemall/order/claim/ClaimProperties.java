package io.tunemall.order.claim;

import io.tunemall.sdk.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Claim settings under {@code tunemall.order.claims}; defaults documented in application.yml.
 *
 * @param returnShippingFee what a return for a change of mind costs the shopper (both ways), taken from the refund
 */
@ConfigurationProperties("tunemall.order.claims")
public record ClaimProperties(@DefaultValue("6000") long returnShippingFee) {

    public Money returnFee() {
        return Money.won(returnShippingFee);
    }
}
