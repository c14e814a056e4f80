package io.tunemall.order.pricing;

import io.tunemall.sdk.Money;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What is priced, for whom and how.
 *
 * @param memberId null for a guest
 * @param postalCode null while unknown (the cart's estimate)
 * @param couponId the coupon chosen, or null
 * @param pointsRequested points the shopper wants to use
 * @param at the moment prices are taken at
 */
public record PricingRequest(List<PricingItem> items, Long memberId, String postalCode, String couponId,
        Money pointsRequested, Instant at, Locale locale) {

    public PricingRequest {
        items = List.copyOf(items);
        pointsRequested = pointsRequested == null ? Money.ZERO : pointsRequested;
    }
}
