package io.tunemall.sdk.order;

import io.tunemall.sdk.Money;
import io.tunemall.sdk.pricing.PricedLine;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An order a shopper is about to place, priced, as validators see it.
 *
 * @param memberId the member buying, or null for a guest
 * @param lines the lines with their amounts after line discounts
 * @param goodsAmount what the goods cost after every discount, before shipping and points
 * @param finalAmount what the shopper will pay
 * @param postalCode the destination's postal code, or null while the shopper has not entered it
 * @param locale the shopper's language, for the message of a refusal
 * @param placing true when the order is being placed, false while the checkout page is shown
 * @since 1.0.0
 */
public record OrderCandidate(Long memberId, List<PricedLine> lines, Money goodsAmount, Money finalAmount,
        String postalCode, Locale locale, boolean placing) {

    public OrderCandidate {
        lines = List.copyOf(lines);
        Objects.requireNonNull(goodsAmount, "goodsAmount");
        Objects.requireNonNull(finalAmount, "finalAmount");
        Objects.requireNonNull(locale, "locale");
    }

    public Optional<Long> member() {
        return Optional.ofNullable(memberId);
    }

    /** Units of one SKU in the order. */
    public int quantityOf(String sku) {
        return lines.stream().filter(line -> line.sku().equals(sku)).mapToInt(PricedLine::quantity).sum();
    }
}
